package org.unionhall.web.view.motion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unionhall.application.motion.CongressService;
import org.unionhall.application.motion.ProxyView;
import org.unionhall.domain.congress.ProxyId;
import org.unionhall.web.security.CurrentActor;
import org.unionhall.web.view.Pages;

/** The proxies a delegate gave or holds, with a way for the giver to revoke one. */
@Named
@ViewScoped
public class ProxiesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CongressService congress;

    @Inject
    private CurrentActor member;

    private List<ProxyView> proxies = List.of();

    /** Loads the caller's proxies. */
    public void load() {
        Pages.load(() -> proxies = congress.proxies(member.actor()));
    }

    /** The giver revokes a proxy. */
    public void revoke(ProxyView proxy) {
        if (Pages.act(() -> congress.revokeProxy(member.actor(), ProxyId.of(proxy.id())),
                "Your proxy to " + proxy.holderName() + " is revoked.")) {
            proxies = congress.proxies(member.actor());
        }
    }

    /** Whether the caller gave this proxy. */
    public boolean given(ProxyView proxy) {
        return proxy.giverId().equals(member.actor().memberId().toString());
    }

    public List<ProxyView> getProxies() {
        return proxies;
    }
}
