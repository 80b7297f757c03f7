package org.unionhall.web.view.signup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.unionhall.application.PublicDirectory;
import org.unionhall.application.PublicUnionView;
import org.unionhall.application.SignUpService;
import org.unionhall.domain.shared.DomainException;
import org.unionhall.web.security.ClientAddress;
import org.unionhall.web.view.NewAccount;
import org.unionhall.web.view.Pages;

/**
 * The sign-up form of a union: a visitor chooses a chapter and gives a name, an address, a
 * password (twice) and a note for the stewards; the answer, once accepted, is always "check your
 * mail", whether or not the address has an account.
 */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    private SignUpService signUps;

    @Inject
    private PublicDirectory directory;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private FacesContext faces;

    private String union;
    private String chapter;
    private String name;
    private String email;
    private String password;
    private String repeated;
    private String note;
    private boolean sent;
    private PublicUnionView page;

    /**
     * The union comes from the address when the page opens, and from the form's hidden field when
     * it is sent (read here already so that the chapters are there to be chosen from).
     */
    @PostConstruct
    void readUnion() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        union = params.containsKey("signUp:union") ? params.get("signUp:union") : params.get("union");
        chapter = params.get("chapter");
    }

    /** Loads the union; an unknown one shows the 404 page. */
    public void load() {
        if (page == null) {
            page = Pages.load(() -> directory.page(union)).orElse(null);
        }
    }

    /** Signs up. */
    public void signUp() {
        if (!NewAccount.samePasswords(password, repeated, "signUp:repeated")) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            Optional<java.time.Duration> wait = signUps.signUp(union, new SignUpService.SignUpForm(chapter, name,
                    email, password.toCharArray(), note), clientAddress.of(request));
            if (wait.isPresent()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        tooMany(wait.get()), null));
            } else {
                sent = true;
            }
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } finally {
            password = null;
            repeated = null;
        }
    }

    /** The refusal of a throttled sign-up, the same for every address. */
    static String tooMany(java.time.Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many sign-ups for this address or from this connection. Try again in "
                + (minutes > 90 ? (minutes + 59) / 60 + " hours." : minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    /** The union's page, for its name and chapters. */
    public PublicUnionView getPage() {
        load();
        return page;
    }

    /** The union's chapters to choose from, by name. */
    public Map<String, String> getChapters() {
        Map<String, String> choices = new LinkedHashMap<>();
        if (getPage() != null) {
            page.chapters().forEach(c -> choices.put(c.name(), c.slug()));
        }
        return choices;
    }

    /** The answer to every accepted sign-up. */
    public String getAnswer() {
        return SignUpService.REQUESTED;
    }

    /** Whether the sign-up was accepted (the form then gives way to the answer). */
    public boolean isSent() {
        return sent;
    }

    public String getUnion() {
        return union;
    }

    public void setUnion(String union) {
        this.union = union;
    }

    public String getChapter() {
        return chapter;
    }

    public void setChapter(String chapter) {
        this.chapter = chapter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
