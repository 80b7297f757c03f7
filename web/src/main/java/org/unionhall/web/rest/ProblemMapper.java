package org.unionhall.web.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionhall.domain.shared.AccessDenied;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.NotFound;
import org.unionhall.domain.shared.RuleViolation;
import org.unionhall.web.problem.Problem;

/**
 * Turns every failure of an API call into an {@code application/problem+json} answer with a
 * message a person understands: the core's domain exceptions, unreadable bodies, refused fields,
 * and the HTTP errors of JAX-RS itself (unknown address, wrong method, wrong media type). An
 * unexpected failure answers 500 with no internals and is logged.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Throwable cause = unwrap(thrown);
        if (cause instanceof DomainException domain) {
            return domain(domain, instance).toResponse();
        }
        if (cause instanceof InvalidFields invalid) {
            return invalidFields(invalid, instance).toResponse();
        }
        if (cause instanceof UnreadableBody unreadable) {
            return new Problem("urn:unionhall:problem:malformed-json", "Malformed JSON", 400, unreadable.getMessage(),
                    instance, unreadable.fields()).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            return http(web, instance);
        }
        if (isUnreadableJson(thrown)) {
            return malformed(instance).toResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering " + instance, thrown);
        return Problem.of(500, "internal-error", "Something went wrong on our side",
                "Unionhall could not complete this request. Nothing was changed; please try again later.", instance)
                .toResponse();
    }

    private static Problem domain(DomainException e, String instance) {
        if (e instanceof NotFound) {
            return Problem.of(404, "not-found", "Not found", e.getMessage(), instance);
        }
        if (e instanceof AccessDenied) {
            return Problem.of(403, "access-denied", "Not allowed", e.getMessage(), instance);
        }
        if (e instanceof RuleViolation) {
            return Problem.of(409, "rule-violation", "Refused by a rule of the union", e.getMessage(), instance);
        }
        if (e instanceof InvalidInput) {
            return Problem.of(422, "invalid-input", "Invalid value", e.getMessage(), instance);
        }
        return Problem.of(400, "bad-request", "Refused", e.getMessage(), instance);
    }

    private static Problem invalidFields(InvalidFields e, String instance) {
        String detail = e.fields().stream()
                .map(f -> f.field().equals("body") ? f.message() : "The field '" + f.field() + "' " + f.message() + ".")
                .reduce((a, b) -> a + " " + b)
                .orElse("A value is not valid.");
        return new Problem("urn:unionhall:problem:invalid-input", "Invalid value", 422, detail, instance, e.fields());
    }

    private static Problem malformed(String instance) {
        return Problem.of(400, "malformed-json", "Malformed JSON",
                "The body is missing or is not valid JSON of the expected shape (check brackets, quotes, value "
                        + "types, dates as YYYY-MM-DD and names of roles).", instance);
    }

    private Response http(WebApplicationException e, String instance) {
        int status = e.getResponse().getStatus();
        if (status == 400) {
            return malformed(instance).toResponse();
        }
        Problem problem = switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "There is nothing at this address in the API.", instance);
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept " + methodHint(e) + "; see the Allow header.", instance);
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable",
                    "The API answers in application/json only.", instance);
            case 413 -> Problem.of(413, "payload-too-large", "Body too large",
                    "The body is larger than 1 MB, the most the API accepts.", instance);
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json (Content-Type: application/json).", instance);
            case 401 -> Problem.of(401, "unauthenticated", "Sign-in required", "Sign in first.", instance);
            case 403 -> Problem.of(403, "access-denied", "Not allowed", "You may not do this.", instance);
            default -> Problem.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
                    "The request could not be handled (" + status + ").", instance);
        };
        Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    private static String methodHint(WebApplicationException e) {
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? "this method" : "this method (it accepts " + allow + ")";
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof DomainException || current instanceof InvalidFields
                    || current instanceof UnreadableBody) {
                return current;
            }
            current = current.getCause();
        }
        return thrown;
    }

    private static boolean isUnreadableJson(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof JsonbException || current instanceof JsonException
                    || current instanceof DateTimeParseException
                    || current.getClass().getName().equals("jakarta.ws.rs.ProcessingException")) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
