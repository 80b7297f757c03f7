package org.unionhall.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionhall.domain.membership.SecondFactor;

/**
 * Whether stewards, treasurers and trustees must sign in with a second factor before acting in
 * their role: MicroProfile Config {@code unionhall.officers-need-two-factor} (environment
 * {@code UNIONHALL_OFFICERS_NEED_TWO_FACTOR}). It is on unless set to false, and its default is
 * off only for the demo ({@code unionhall.demo=true}), so that a newcomer can click through the
 * demo as a steward without an authenticator app. The operator guide says so.
 */
@ApplicationScoped
public class TwoFactorSetting {
    private boolean required;

    /** For CDI's proxy. */
    protected TwoFactorSetting() {
    }

    /**
     * @param setting the setting, when given
     * @param demo whether this is the demo installation
     */
    @Inject
    public TwoFactorSetting(@ConfigProperty(name = "unionhall.officers-need-two-factor") Optional<Boolean> setting,
                            @ConfigProperty(name = "unionhall.demo", defaultValue = "false") boolean demo) {
        this.required = setting.orElse(!demo);
    }

    /** Whether officers must have given a second factor. */
    public boolean required() {
        return required;
    }

    /** What a session that did or did not give a code counts as here. */
    public SecondFactor of(boolean given) {
        if (!required) {
            return SecondFactor.NOT_REQUIRED;
        }
        return given ? SecondFactor.GIVEN : SecondFactor.NOT_GIVEN;
    }
}
