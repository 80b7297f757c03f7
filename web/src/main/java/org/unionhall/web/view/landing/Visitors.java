package org.unionhall.web.view.landing;

import jakarta.faces.context.FacesContext;

/** What the public pages do for a visitor. */
final class Visitors {

    private Visitors() {
    }

    /**
     * Marks the view transient when nobody is signed in, so rendering it keeps no view state and
     * starts no session: a visitor leaves nothing on the server by reading a public page.
     *
     * @return whether the reader is a visitor
     */
    static boolean keepNoSession() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean visitor = faces.getExternalContext().getUserPrincipal() == null;
        if (visitor) {
            faces.getViewRoot().setTransient(true);
        }
        return visitor;
    }
}
