package org.unionhall.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * The page's messages as PrimeFaces writes them, but with each message a plain list item: a
 * {@code role="alert"} on an {@code li} takes it out of its list for screen readers (axe: "list"),
 * so the role is left off and the templates' message area is the live region instead.
 */
public class ListSafeMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ListItemWriter(writer), component, message, styleClassPrefix, escape);
    }

    /** Writes what it is given, except a role (and its aria-atomic) on a list item. */
    private static final class ListItemWriter extends ResponseWriterWrapper {
        private String element = "";

        ListItemWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
