package fi.luukku.service.web;

import fi.luukku.core.api.FeedbackDto;
import fi.luukku.core.api.FeedbackRequest;
import fi.luukku.service.feedback.FeedbackService;

/** Anonymous customer feedback and the supervisor's reading of it. */
public final class FeedbackRoutes implements RouteGroup {
    private final FeedbackService feedback;

    public FeedbackRoutes(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public void register(Routes r) {
        r.post("/api/v1/points/{point}/feedback", "submitFeedback")
                .summary("Anonymous feedback, optionally linked to a visit by tracking code")
                .atPoint(Roles.FEEDBACK)
                .request(FeedbackRequest.class)
                .created(FeedbackDto.class)
                .idempotent()
                .handle(x -> x.created(feedback.submit(x.who(), x.point(), x.body(FeedbackRequest.class), x.key())));
        r.get("/api/v1/points/{point}/feedback", "listFeedback")
                .summary("Feedback of a day (supervisor)")
                .atPoint(Roles.SUPERVISORS)
                .query("day", "date", "YYYY-MM-DD, default today")
                .response(Types.listOf(FeedbackDto.class))
                .handle(x -> x.ok(feedback.ofDay(x.point(), Check.day(x.query("day"), null))));
    }
}
