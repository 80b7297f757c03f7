package org.unionhall.domain.treasury;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;

/**
 * One piece of evidence for a grant request: a link (https) or a file its requester uploaded. A
 * file is a PDF, PNG or JPEG of at most {@link #MAX_FILE_BYTES}; its type is read from its first
 * bytes, never taken from the name or the type the browser sent, and a file whose content
 * disagrees with the type it claims is refused. The file's bytes are kept apart
 * ({@link EvidenceContent}) and served only as a download to those who may see the request.
 */
@Entity
@Table(name = "grant_evidence")
@Access(AccessType.FIELD)
public class GrantEvidence {
    /** The largest file: 10 MB. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** The most pieces of evidence one request holds. */
    public static final int MAX_PER_REQUEST = 10;
    /** The longest label or file name. */
    public static final int MAX_LABEL = 120;
    /** The longest link. */
    public static final int MAX_LINK = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "label", nullable = false, length = MAX_LABEL)
    private String label;

    @Column(name = "link", length = MAX_LINK)
    private String link;

    @Column(name = "media_type", length = 40)
    private String mediaType;

    @Column(name = "size_bytes")
    private Integer size;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** For JPA only. */
    protected GrantEvidence() {
    }

    private GrantEvidence(GrantRequestId request, String label, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.requestId = request.toString();
        this.label = Check.text(label, "The evidence's name", MAX_LABEL);
        this.addedAt = Objects.requireNonNull(now);
    }

    /** A link to evidence elsewhere: an {@code https} address. */
    public static GrantEvidence link(GrantRequestId request, String label, String address, Instant now) {
        GrantEvidence evidence = new GrantEvidence(request, label, now);
        evidence.link = httpsLink(address);
        return evidence;
    }

    /**
     * An uploaded file, checked: its content must be a PDF, PNG or JPEG, of the type it claims
     * when it claims one.
     *
     * @param claimedType the media type the upload named, or {@code null}
     */
    public static GrantEvidence file(GrantRequestId request, String fileName, String claimedType, byte[] content,
                                     Instant now) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw new InvalidInput("The file is empty.");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInput("A file of evidence is at most 10 MB; this one has " + content.length + " bytes.");
        }
        String type = EvidenceType.of(content).orElseThrow(() -> new InvalidInput(
                "Evidence files must be PDF, PNG or JPEG; the content of this one is none of them."));
        if (claimedType != null && !claimedType.isBlank()
                && !EvidenceType.same(claimedType, type)) {
            throw new InvalidInput("The file says it is " + Check.abbreviate(claimedType.strip()) + " but its content is "
                    + type + ".");
        }
        EvidenceType.named(fileName).filter(named -> !named.equals(type)).ifPresent(named -> {
            throw new InvalidInput("The file's name says it is " + named + " but its content is " + type + ".");
        });
        GrantEvidence evidence = new GrantEvidence(request, safeName(fileName, type), now);
        evidence.mediaType = type;
        evidence.size = content.length;
        evidence.sha256 = sha256(content);
        return evidence;
    }

    private static String httpsLink(String address) {
        String text = Check.text(address, "The link", MAX_LINK);
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new InvalidInput("A link to evidence starts with https:// and names a server.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInput("The link is not a web address: " + Check.abbreviate(text));
        }
    }

    /** A file name safe to send back in a download: letters, digits and {@code . _ -}, with the type's ending. */
    private static String safeName(String fileName, String type) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("\\s+", " ").replaceAll("^[. ]+", "");
        String ending = EvidenceType.ending(type);
        if (!base.toLowerCase(Locale.ROOT).endsWith(ending)) {
            base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + ending;
        }
        if (base.equals(ending)) {
            base = "evidence" + ending;
        }
        return base.length() > MAX_LABEL ? base.substring(base.length() - MAX_LABEL) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its id. */
    public UUID id() {
        return UUID.fromString(id);
    }

    /** The request it supports. */
    public GrantRequestId requestId() {
        return GrantRequestId.of(requestId);
    }

    /** What it is called: the link's label, or the file's (cleaned) name. */
    public String label() {
        return label;
    }

    /** The link, when it is one. */
    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    /** The file's media type, read from its content, when it is a file. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The file's size in bytes, when it is a file. */
    public Optional<Integer> size() {
        return Optional.ofNullable(size);
    }

    /** The SHA-256 of the file, in hex, when it is a file. */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    /** When it was added. */
    public Instant addedAt() {
        return addedAt;
    }
}
