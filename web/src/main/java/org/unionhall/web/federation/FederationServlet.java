package org.unionhall.web.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionhall.domain.federation.FederationRecords;
import org.unionhall.domain.membership.Union;
import org.unionhall.domain.membership.Unions;
import org.unionhall.federation.json.StrictJson;
import org.unionhall.federation.json.Vocabulary;
import org.unionhall.web.problem.Problem;

/**
 * The federation's public addresses: WebFinger, NodeInfo 2.1, the actors and their collections
 * (GET, for anyone: nothing here is more than the union's public page shows), and the inboxes
 * (POST, signed: see {@link Inbox}). docs/federation.md describes each.
 */
@WebServlet(urlPatterns = {"/.well-known/webfinger", "/.well-known/nodeinfo", "/nodeinfo/2.1", "/ap/*"})
public class FederationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ACTIVITY_JSON = "application/activity+json";
    private static final String JRD = "application/jrd+json";
    private static final String NODEINFO_21 = "http://nodeinfo.diaspora.software/ns/schema/2.1";

    @Inject
    transient FederationSettings settings;

    @Inject
    transient ActorDocuments actors;

    @Inject
    transient Unions unions;

    @Inject
    transient FederationRecords records;

    @Inject
    transient Inbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        switch (path) {
            case "/.well-known/webfinger" -> webFinger(request, response);
            case "/.well-known/nodeinfo" -> {
                ObjectNode links = JsonNodeFactory.instance.objectNode();
                links.putArray("links").addObject().put("rel", NODEINFO_21)
                        .put("href", settings.at("nodeinfo/2.1").toString());
                write(response, 200, "application/json", links);
            }
            case "/nodeinfo/2.1" -> write(response, 200, "application/json; profile=\"" + NODEINFO_21 + "#\"",
                    nodeInfo());
            case "/ap/instance" -> write(response, 200, ACTIVITY_JSON, actors.instanceDocument());
            case "/ap/instance/outbox" -> write(response, 200, ACTIVITY_JSON, emptyCollection(actors.instance() + "/outbox"));
            default -> unionResource(path, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<String> union;
        if (path.equals("/ap/inbox") || path.equals("/ap/instance/inbox")) {
            union = Optional.empty();
        } else if (path.startsWith("/ap/unions/") && path.endsWith("/inbox")
                && path.substring(11, path.length() - 6).indexOf('/') < 0) {
            union = Optional.of(URLDecoder.decode(path.substring(11, path.length() - 6), StandardCharsets.UTF_8));
        } else {
            refuse(response, 405, "method-not-allowed", "Only an inbox takes a POST", path);
            return;
        }
        Inbox.Answer answer = inbox.receive(request, union);
        if (answer.accepted()) {
            response.setStatus(202);
            return;
        }
        refuse(response, answer.status(), answer.kind(), answer.reason(), path);
    }

    private void webFinger(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String resource = Optional.ofNullable(request.getParameter("resource")).orElse("").strip();
        Optional<Union> union = Optional.empty();
        String suffix = "@" + settings.accountHost().toLowerCase(Locale.ROOT);
        if (resource.toLowerCase(Locale.ROOT).startsWith("acct:")
                && resource.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            String name = resource.substring(5, resource.length() - suffix.length());
            if (name.startsWith("@")) {
                name = name.substring(1);
            }
            union = unions.findBySlug(name);
        } else if (resource.startsWith("http")) {
            try {
                union = actors.unionOfActor(URI.create(resource));
            } catch (IllegalArgumentException e) {
                union = Optional.empty();
            }
        }
        if (union.isEmpty()) {
            refuse(response, resource.isEmpty() ? 400 : 404, "no-such-account",
                    resource.isEmpty() ? "WebFinger needs a resource" : "No account " + resource + " here",
                    "/.well-known/webfinger");
            return;
        }
        String slug = union.get().slug();
        ObjectNode jrd = JsonNodeFactory.instance.objectNode();
        jrd.put("subject", "acct:" + slug + "@" + settings.accountHost());
        jrd.putArray("aliases").add(actors.union(slug).toString()).add(actors.unionPage(slug).toString());
        ArrayNode links = jrd.putArray("links");
        links.addObject().put("rel", "self").put("type", ACTIVITY_JSON).put("href", actors.union(slug).toString());
        links.addObject().put("rel", "http://webfinger.net/rel/profile-page").put("type", "text/html")
                .put("href", actors.unionPage(slug).toString());
        response.setHeader("Access-Control-Allow-Origin", "*");
        write(response, 200, JRD, jrd);
    }

    private ObjectNode nodeInfo() {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("version", "2.1");
        info.putObject("software").put("name", "unionhall").put("version", version());
        info.putArray("protocols").add("activitypub");
        ObjectNode services = info.putObject("services");
        services.putArray("inbound");
        services.putArray("outbound");
        info.put("openRegistrations", false);
        info.putObject("usage").putObject("users");
        info.putObject("metadata").put("unions", unions.all().size());
        return info;
    }

    private static String version() {
        return Optional.ofNullable(FederationServlet.class.getPackage().getImplementationVersion()).orElse("0.1.0");
    }

    private void unionResource(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<String> parts = List.of(path.split("/"));
        if (parts.size() < 4 || parts.size() > 5 || !parts.get(1).equals("ap") || !parts.get(2).equals("unions")) {
            refuse(response, 404, "not-found", "Nothing here", path);
            return;
        }
        Optional<Union> union = unions.findBySlug(URLDecoder.decode(parts.get(3), StandardCharsets.UTF_8));
        if (union.isEmpty()) {
            refuse(response, 404, "no-such-union", "There is no union " + parts.get(3) + " here", path);
            return;
        }
        String slug = union.get().slug();
        if (parts.size() == 4) {
            if (wantsHtml(request)) {
                response.sendRedirect(actors.unionPage(slug).toString());
                return;
            }
            write(response, 200, ACTIVITY_JSON, actors.unionDocument(union.get()));
            return;
        }
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.set("@context", JsonNodeFactory.instance.textNode(Vocabulary.ACTIVITY_STREAMS));
        switch (parts.get(4)) {
            case "followers" -> {
                collection.put("id", actors.followers(slug).toString());
                collection.put("type", "OrderedCollection");
                collection.put("totalItems", records.followerCount(union.get().id()));
            }
            case "outbox" -> collection = emptyCollection(actors.union(slug) + "/outbox");
            default -> {
                refuse(response, 404, "not-found", "Nothing here", path);
                return;
            }
        }
        write(response, 200, ACTIVITY_JSON, collection);
    }

    /** An outbox: this slice lists no items in it. */
    private static ObjectNode emptyCollection(String id) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.set("@context", JsonNodeFactory.instance.textNode(Vocabulary.ACTIVITY_STREAMS));
        collection.put("id", id);
        collection.put("type", "OrderedCollection");
        collection.put("totalItems", 0);
        collection.putArray("orderedItems");
        return collection;
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = Optional.ofNullable(request.getHeader("Accept")).orElse("").toLowerCase(Locale.ROOT);
        return accept.contains("text/html") && !accept.contains("json");
    }

    private static void write(HttpServletResponse response, int status, String type, JsonNode body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(StrictJson.write(body));
    }

    private static void refuse(HttpServletResponse response, int status, String kind, String reason, String path)
            throws IOException {
        Problem.of(status, kind, title(status), reason, path).writeTo(response);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Activity refused";
            case 401 -> "Signature refused";
            case 403 -> "Refused";
            case 404 -> "Not found";
            case 413 -> "Too large";
            default -> "Refused";
        };
    }
}
