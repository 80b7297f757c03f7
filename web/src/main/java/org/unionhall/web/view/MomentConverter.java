package org.unionhall.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import org.unionhall.domain.shared.Moments;

/**
 * Shows a moment ({@link Instant}) as "2026-03-01 14:05 UTC", as Unionhall writes moments
 * everywhere ({@link Moments}). Faces 4.0's own date converter cannot format an Instant; every
 * moment Unionhall shows is in UTC so that members in different time zones read the same time.
 */
@FacesConverter("unionhall.moment")
public class MomentConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Moments are only shown, never typed in.");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : Moments.inWords(value);
    }
}
