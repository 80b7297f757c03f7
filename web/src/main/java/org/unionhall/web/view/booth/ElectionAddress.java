package org.unionhall.web.view.booth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the booth and trustee pages find an election: its id as given in the page address
 * ({@code ?e=ID}) and the API and bulletin-board addresses derived from it. An id that cannot be
 * an election id is refused here, before the browser code ever sees it.
 */
public record ElectionAddress(String electionId, String api, String boardPage) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Checks the parts. */
    public ElectionAddress {
        if (electionId == null || !ID.matcher(electionId).matches()) {
            throw new IllegalArgumentException("not an election id");
        }
    }

    /**
     * The addresses of an election under the application's context path, or empty when the id
     * is missing or malformed.
     */
    public static Optional<ElectionAddress> of(String contextPath, String electionId) {
        if (electionId == null || !ID.matcher(electionId).matches()) {
            return Optional.empty();
        }
        String encoded = URLEncoder.encode(electionId, StandardCharsets.UTF_8);
        return Optional.of(new ElectionAddress(electionId, contextPath + "/api/v1/elections/" + encoded,
                contextPath + "/elections/board.xhtml"));
    }
}
