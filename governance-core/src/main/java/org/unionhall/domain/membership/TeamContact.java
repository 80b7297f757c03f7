package org.unionhall.domain.membership;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.unionhall.domain.shared.Check;
import org.unionhall.domain.shared.InvalidInput;

/** A person on a Fediverse server's team: a name, a public handle, what they do there. */
@Embeddable
@Access(AccessType.FIELD)
public class TeamContact {
    private static final Pattern HANDLE = Pattern.compile("^@[A-Za-z0-9_.-]{1,64}@[a-z0-9.-]{3,253}$");

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "handle", nullable = false, length = 320)
    private String handle;

    @Column(name = "role", nullable = false, length = 60)
    private String role;

    /** For JPA only. */
    protected TeamContact() {
    }

    TeamContact(String name, String handle, String role) {
        this.name = Check.text(name, "The contact's name", 80);
        String h = Check.text(handle, "The contact's handle", 320);
        int at = h.lastIndexOf('@');
        if (at > 0) {
            h = h.substring(0, at) + h.substring(at).toLowerCase(Locale.ROOT);
        }
        if (!HANDLE.matcher(h).matches()) {
            throw new InvalidInput("A Fediverse handle looks like @name@social.example.org.");
        }
        this.handle = h;
        this.role = Check.text(role, "The contact's role", 60);
    }

    /** Their name. */
    public String name() {
        return name;
    }

    /** Their Fediverse handle. */
    public String handle() {
        return handle;
    }

    /** What they do on the team. */
    public String role() {
        return role;
    }
}
