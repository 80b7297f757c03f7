package org.unionhall.web.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps a page's address whole after a button: a form posts back to the page's address with its
 * view parameters ({@code ?id=…}, {@code ?e=…}), so the address bar still names the motion or
 * election afterwards and can be copied, bookmarked or reloaded.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {
    /** Set while a link or redirect is built: those carry their own parameters, never the page's. */
    private static final ThreadLocal<Boolean> BUILDING_LINK = ThreadLocal.withInitial(() -> false);

    public AddressKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return asLink(() -> getWrapped().getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return asLink(() -> getWrapped().getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String asLink(Supplier<String> build) {
        boolean outer = !BUILDING_LINK.get();
        BUILDING_LINK.set(true);
        try {
            return build.get();
        } finally {
            if (outer) {
                BUILDING_LINK.remove();
            }
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (BUILDING_LINK.get() || root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(URLEncoder.encode(parameter.getName(),
                        StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + query;
    }
}
