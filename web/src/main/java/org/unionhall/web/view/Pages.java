package org.unionhall.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;

/**
 * How pages show what the application services answer. Loading a page: a refusal becomes the
 * error page with the matching status (403, 404, 400) and the service's own sentence. Acting on a
 * page: a refusal becomes an error message on the same page, a success a confirmation. Services
 * run each call in one transaction, so a refused action has saved nothing.
 */
public final class Pages {

    private Pages() {
    }

    /** The choices of a select menu, in the given order, keyed by the words a member reads. */
    @SafeVarargs
    public static <E> Map<String, E> byLabel(Function<E, String> label, E... choices) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        for (E choice : choices) {
            byLabel.put(label.apply(choice), choice);
        }
        return byLabel;
    }

    /**
     * Loads what a page shows, or answers with the error page.
     *
     * @return the loaded value, empty when the error page was sent instead
     */
    public static <T> Optional<T> load(Supplier<T> query) {
        try {
            return Optional.of(query.get());
        } catch (DomainException refused) {
            sendError(statusOf(refused), refused.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs one change and reports it on the page.
     *
     * @param change the service call
     * @param done the confirmation shown when it succeeded
     * @return whether it succeeded
     */
    public static boolean act(Runnable change, String done) {
        return attempt(() -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> done).isPresent();
    }

    /**
     * Runs one change whose answer the confirmation tells of, and reports it on the page.
     *
     * @param change the service call
     * @param done the confirmation shown for its answer
     * @return the answer; empty when it was refused
     */
    public static <T> Optional<T> attempt(Supplier<T> change, Function<T, String> done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T answer = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.apply(answer), null));
            return Optional.of(answer);
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            return Optional.empty();
        }
    }

    /**
     * Refuses a step that cannot be undone until its box ({@code u:confirm}) is ticked.
     *
     * @param ticked whether the person ticked the box
     * @param step the step, as the refusal names it ("closing the roll call")
     */
    public static void requireConfirmed(boolean ticked, String step) {
        if (!ticked) {
            throw new InvalidInput("Tick the box to confirm before " + step + "; it cannot be undone.");
        }
    }

    /** Keeps a confirmation across a redirect (Post-Redirect-Get). */
    public static void keepMessagesForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static int statusOf(DomainException refused) {
        if (refused instanceof AccessDenied) {
            return 403;
        }
        if (refused instanceof NotFound) {
            return 404;
        }
        return 400;
    }

    private static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
