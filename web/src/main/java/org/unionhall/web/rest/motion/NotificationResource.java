package org.unionhall.web.rest.motion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionhall.application.Actor;
import org.unionhall.application.Page;
import org.unionhall.application.notification.NotificationService;
import org.unionhall.application.notification.NotificationView;
import org.unionhall.domain.notification.NotificationId;
import org.unionhall.web.rest.Ids;
import org.unionhall.web.rest.QueryValues;

/** The caller's own notifications. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Seconds needed, votes opened, quorum at risk, results")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    Actor actor;

    /** A page of the caller's notifications. */
    @GET
    @Operation(summary = "My notifications", description = "Newest first; size at most 100.")
    public Page<NotificationView> list(@QueryParam("page") @DefaultValue("0") @Parameter(ref = "page") String page,
                                       @QueryParam("size") @DefaultValue("20") @Parameter(ref = "size") String size) {
        return notifications.notifications(actor, QueryValues.page(page), QueryValues.wholeInt("size", size));
    }

    /** How many are unread. */
    @GET
    @Path("unread-count")
    @Operation(summary = "Unread count")
    public long unread() {
        return notifications.unreadCount(actor);
    }

    /** Marks one read. */
    @POST
    @Path("{notification}/read")
    @Operation(summary = "Mark a notification read")
    public NotificationView read(@PathParam("notification") String notification) {
        return notifications.markRead(actor, Ids.fromPath(notification, NotificationId::of, "notification"));
    }
}
