package org.unionhall.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.unionhall.web.problem.Problem;

/**
 * Keeps every error of the API in problem+json: an error the servlet container raises itself
 * (e.g. a refused security constraint) would otherwise be rendered as the HTML error page.
 */
@WebFilter(filterName = "apiErrors", urlPatterns = "/api/*", asyncSupported = true)
public class ApiErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                problem(status).writeTo(response);
            }

            @Override
            public void sendError(int status) throws IOException {
                problem(status).writeTo(response);
            }

            private Problem problem(int status) {
                String detail = switch (status) {
                    case 401 -> "Sign in first, or send HTTP Basic credentials with each request.";
                    case 403 -> "You may not do this.";
                    case 404 -> "There is nothing at this address in the API.";
                    case 405 -> "This address does not accept this method.";
                    default -> "The request could not be handled (HTTP " + status + ").";
                };
                return Problem.of(status, "http-" + status, "HTTP " + status, detail, request.getRequestURI());
            }
        });
    }
}
