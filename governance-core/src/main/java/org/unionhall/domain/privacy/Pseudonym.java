package org.unionhall.domain.privacy;

import java.util.Locale;
import java.util.Objects;
import org.unionhall.domain.membership.MemberId;

/**
 * What an erased member becomes wherever a record of the union must stay (mandates held,
 * congress roll calls, the audit trail, the roll of who registered in an election): a fresh random
 * id that was never the person's, and a name made from it, "Former member 3f9a2c1d". It is stable:
 * every record that named the person names the same pseudonym, and nothing leads back from it.
 */
public record Pseudonym(MemberId id, String displayName) {

    /** @param id never null; @param displayName never blank */
    public Pseudonym {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** A new pseudonym, unrelated to anything the person was. */
    public static Pseudonym generate() {
        MemberId id = MemberId.generate();
        return new Pseudonym(id, "Former member " + id.toString().substring(0, 8));
    }

    /** The name in lower case, as member lists sort it. */
    public String sortName() {
        return displayName.toLowerCase(Locale.ROOT);
    }

    /** An e-mail address no mail can reach (RFC 2606), unique as the column requires, naming nobody. */
    public String unreachableEmail() {
        return "erased-" + id + "@erased.invalid";
    }
}
