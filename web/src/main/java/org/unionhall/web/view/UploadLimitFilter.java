package org.unionhall.web.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a form upload to a page that is larger than that page takes (a steward's CSV list of at
 * most 1 MB; a grant request's evidence of at most 10 MB) with 413 before a byte of it is read,
 * and one of unknown length with 411. Without it
 * the container would find the size over the Faces servlet's {@code multipart-config} only while
 * Faces reads the form, and answer with an error of its own (a 500). Every browser states the
 * length of a form it sends. The answer is a small page written here, not the error page: the
 * container would forward the same form to it, and reading it there fails the same way.
 */
@WebFilter(filterName = "uploadLimit", servletNames = "Faces Servlet")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The largest form with a file, the file and the form around it: a CSV list of people. */
    static final long MAX_REQUEST_BYTES = 1_114_112;
    /** The largest form with evidence for a grant request, as {@code max-request-size} in web.xml. */
    static final long MAX_EVIDENCE_REQUEST_BYTES = 10_551_296;
    /** The page that takes evidence. */
    static final String EVIDENCE_PAGE = "/treasury/grant.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED,
                        "A file can be sent to this page only with its length stated.");
                return;
            }
            boolean evidence = EVIDENCE_PAGE.equals(request.getServletPath());
            if (length > (evidence ? MAX_EVIDENCE_REQUEST_BYTES : MAX_REQUEST_BYTES)) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, evidence
                        ? "The file is larger than 10 MB. Send a smaller one, or a link to where it is kept."
                        : "The file is larger than 1 MB. Split it into files of at most 5,000 people each.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The file "
                + "was not taken</title></head><body><main><h1>The file was not taken</h1><p>" + why
                + "</p><p>Go back to choose another file.</p></main></body></html>\n");
    }
}
