package org.unionhall.web.view.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/**
 * The error page: a title and one plain sentence for the status the container forwarded here.
 * For 403 and 404 the page shows the reason the application gave (domain messages are written
 * for people); for anything else only a general sentence, never the inside of a failure.
 */
@Named
@RequestScoped
public class ErrorBacking {

    @Inject
    private FacesContext faces;

    /** The HTTP status of the failed request (500 if the container gave none). */
    public int getStatus() {
        return faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : 500;
    }

    /** The page's heading. */
    public String getTitle() {
        return switch (getStatus()) {
            case 400 -> "That request was not understood";
            case 403 -> "You do not have access to this page";
            case 404 -> "This page does not exist";
            default -> "Something went wrong";
        };
    }

    /** One sentence saying what happened and what to do. */
    public String getExplanation() {
        int status = getStatus();
        if (status == 403 || status == 404 || status == 400) {
            String given = reasonGiven();
            if (!given.isBlank()) {
                return given;
            }
        }
        return switch (status) {
            case 400 -> "Some of what was sent could not be read. Go back and try again.";
            case 403 -> "Only members or stewards with a mandate for this place may see it.";
            case 404 -> "It may have been moved, or the address is mistyped.";
            default -> "Unionhall could not finish this request. Nothing you had saved is lost; please try again in a moment.";
        };
    }

    private String reasonGiven() {
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Object message = request.get(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && !text.startsWith("/") ? unescaped(text) : "";
    }

    /**
     * The reason as the application wrote it: the container escapes the message it keeps for the
     * error page as HTML, and the page escapes what it shows once more, so undo the first.
     */
    static String unescaped(String kept) {
        return kept.replace("&#39;", "'").replace("&#x27;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
