package org.unionhall.web.view.election;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.unionhall.application.election.ElectionService;
import org.unionhall.application.election.ElectionSummary;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The secret ballots of a union (with its chapters) or of one chapter. */
@Named
@RequestScoped
public class ElectionsBacking {

    @Inject
    private ElectionService elections;

    @Inject
    private CurrentActor member;

    private String scope;
    private List<ElectionSummary> list = List.of();
    private String scopeName;

    /** Loads the list for the scope in the address. */
    public void load() {
        Pages.load(() -> {
            list = elections.elections(member.actor(), scope);
            scopeName = elections.scopeName(member.actor(), scope);
            return list;
        });
    }

    /** The name of the union or chapter, as people call it (the address holds its short name). */
    public String getScopeName() {
        return scopeName;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    /** The elections, newest first. */
    public List<ElectionSummary> getList() {
        return list;
    }
}
