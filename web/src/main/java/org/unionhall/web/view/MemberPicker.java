package org.unionhall.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.DirectoryService;
import org.unionhall.web.security.CurrentActor;

/**
 * The "member" box of a form: completes a typed part of a name with the members of some chapters
 * (one chapter, or every chapter of a union), and turns the member chosen into the id the form
 * sends and back. A page keeps one in its view.
 */
public final class MemberPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    private final DirectoryService directory;
    private final CurrentActor member;
    private final List<String> chapterSlugs;
    private final Map<String, MemberChoice> offered = new HashMap<>();

    /**
     * @param directory the directory (a serialisable proxy)
     * @param member the signed-in member (a serialisable proxy)
     * @param chapterSlugs the chapters whose members are offered
     */
    public MemberPicker(DirectoryService directory, CurrentActor member, List<String> chapterSlugs) {
        this.directory = directory;
        this.member = member;
        this.chapterSlugs = List.copyOf(chapterSlugs);
    }

    /** Members whose name contains what was typed, by name, at most ten. */
    public List<MemberChoice> complete(String typed) {
        Optional<String> name = Optional.ofNullable(typed).map(String::strip).filter(s -> !s.isEmpty());
        List<MemberChoice> found = chapterSlugs.stream()
                .flatMap(slug -> directory.members(member.actor(), slug, 0, SUGGESTIONS, name).items().stream())
                .map(m -> new MemberChoice(m.memberId(), m.displayName()))
                .distinct()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .limit(SUGGESTIONS)
                .toList();
        found.forEach(choice -> offered.put(choice.memberId(), choice));
        return found;
    }

    /** Turns a member offered by {@link #complete(String)} into the id the form sends, and back. */
    public Converter<MemberChoice> converter() {
        return new Converter<>() {
            @Override
            public MemberChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null : offered.get(value);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, MemberChoice value) {
                return value == null ? "" : value.memberId();
            }
        };
    }
}
