package fi.luukku.service.web;

import fi.luukku.core.api.FreeTimeDto;
import fi.luukku.core.api.FreeTimeRequest;
import fi.luukku.service.booking.FreeTimeService;
import fi.luukku.service.error.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Free booking times of the bookable services, reported per day by booking integrations (ADR 0028). */
public final class FreeTimeRoutes implements RouteGroup {
    private final FreeTimeService freeTimes;
    private final Supplier<LocalDate> today;

    public FreeTimeRoutes(FreeTimeService freeTimes, Supplier<LocalDate> today) {
        this.freeTimes = freeTimes;
        this.today = today;
    }

    @Override
    public void register(Routes r) {
        r.put("/api/v1/points/{point}/services/{service}/free-times/{day}", "recordFreeTime")
                .summary("Record the first free booking time offered on a day for a bookable service"
                        + " ({\"firstFree\": null} = none within the booking horizon); replaces that day's earlier"
                        + " report")
                .atPoint(Roles.FREE_TIME_REPORTERS)
                .request(FreeTimeRequest.class)
                .response(FreeTimeDto.class)
                .handle(x -> x.ok(freeTimes.record(
                        x.who(),
                        x.point(),
                        x.id("service", "service"),
                        day(x.ctx().pathParam("day")),
                        x.body(FreeTimeRequest.class))));
        r.get("/api/v1/points/{point}/free-times", "listFreeTimes")
                .summary("The free booking times reported for the point's services from one day to another")
                .atPoint(Roles.FREE_TIME_REPORTERS)
                .query("from", "date", "first day, YYYY-MM-DD, default today")
                .query("to", "date", "last day (inclusive), YYYY-MM-DD, default from")
                .response(Types.listOf(FreeTimeDto.class))
                .handle(x -> {
                    LocalDate from = Check.day(x.query("from"), today.get());
                    LocalDate to = Check.day(x.query("to"), from);
                    x.ok(freeTimes.list(x.point(), from, to));
                });
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Invalid("day", "day must be YYYY-MM-DD");
        }
    }
}
