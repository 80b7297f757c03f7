package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;
import org.unionhall.domain.shared.RuleViolation;

/**
 * A Fediverse server a union works with (for moderation labour, legal help, negotiations), and
 * the people on its team the union talks to. Contacts are public Fediverse handles the team
 * chose to give; nothing else about them is stored.
 */
@Entity
@Table(name = "instance")
@Access(AccessType.FIELD)
public class Instance {
    /** The most team contacts kept per instance. */
    public static final int MAX_CONTACTS = 20;
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "union_id", nullable = false, length = 36)
    private String unionId;

    @Column(name = "host", nullable = false, length = 253)
    private String host;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instance_team_contact", joinColumns = @JoinColumn(name = "instance_id"))
    @OrderColumn(name = "position")
    private List<TeamContact> team = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Instance() {
    }

    Instance(UnionId union, String host, String name) {
        this.id = InstanceId.generate().toString();
        this.unionId = union.toString();
        String h = Check.text(host, "The server's host name", 253).toLowerCase(Locale.ROOT);
        if (!HOST.matcher(h).matches()) {
            throw new InvalidInput("The server's host name must look like social.example.org.");
        }
        this.host = h;
        this.name = Check.text(name, "The server's name", 120);
    }

    /** Adds a person of the server's team. */
    public void addContact(String contactName, String handle, String role) {
        TeamContact contact = new TeamContact(contactName, handle, role);
        if (team.size() >= MAX_CONTACTS) {
            throw new RuleViolation("An instance keeps at most " + MAX_CONTACTS + " team contacts.");
        }
        if (team.stream().anyMatch(c -> c.handle().equals(contact.handle()))) {
            throw new RuleViolation(contact.handle() + " is already a contact of " + host + ".");
        }
        team.add(contact);
    }

    /** Removes a contact who left the team or asked to be removed. */
    public void removeContact(String handle) {
        if (!team.removeIf(c -> c.handle().equalsIgnoreCase(handle == null ? "" : handle.strip()))) {
            throw new RuleViolation("There is no contact " + handle + " at " + host + ".");
        }
    }

    /** Its id. */
    public InstanceId id() {
        return InstanceId.of(id);
    }

    /** The union that works with it. */
    public UnionId unionId() {
        return UnionId.of(unionId);
    }

    /** Its host name. */
    public String host() {
        return host;
    }

    /** What it calls itself. */
    public String name() {
        return name;
    }

    /** Its team contacts. */
    public List<TeamContact> team() {
        return List.copyOf(team);
    }
}
