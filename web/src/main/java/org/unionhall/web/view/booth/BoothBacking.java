package org.unionhall.web.view.booth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The booth page ({@code elections/booth.xhtml?e=ID}) and the trustee page
 * ({@code elections/trustee.xhtml?e=ID}): they only tell the browser code which election to work
 * on; everything else happens in the browser against the elections API. A malformed id answers
 * 400 with a sentence a member understands.
 */
@Named
@RequestScoped
public class BoothBacking {

    private String election;
    private ElectionAddress address;

    /** Reads the election id from the address, or answers 400. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        address = ElectionAddress.of(external.getRequestContextPath(), election).orElse(null);
        if (address == null) {
            try {
                external.responseSendError(400, "This address does not name an election: open the election from its motion or from your dashboard.");
                FacesContext.getCurrentInstance().responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String getElection() {
        return election;
    }

    public void setElection(String election) {
        this.election = election;
    }

    public ElectionAddress getAddress() {
        return address;
    }
}
