package org.unionhall.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import org.unionhall.domain.shared.Moments;

/**
 * Shows a moment something ends by: a vote closing "at the end of 14 December" reads as "the end
 * of 2026-12-14 (24:00 UTC)", not as 15 December 00:00 ({@link Moments#deadlineInWords}).
 */
@FacesConverter("unionhall.deadline")
public class DeadlineConverter extends MomentConverter {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : Moments.deadlineInWords(value);
    }
}
