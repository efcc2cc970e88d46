package com.ccvglobe.bridge.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code date:OUT} or {@code {date: [IN, OUT]}}: reads a date or date-time and writes it in the pattern OUT
 * (java.time patterns, e.g. {@code yyyy-MM-dd}; the word {@code odata} writes Globe's {@code /Date(ms)/}).
 * Without IN it reads ISO dates and date-times (CCV's {@code 2022-11-07T21:51:00Z}) and Globe's
 * {@code /Date(ms)/}. Times with an offset are converted to Europe/Amsterdam, the zone of the shop and the ERP.
 */
final class DateTransform {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Pattern ODATA = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");

    private DateTransform() {
    }

    static Transform of(List<Section> args) {
        DateTimeFormatter in = args.size() == 2 ? pattern(args.get(0)) : null;
        Section outArg = args.get(args.size() - 1);
        boolean odata = "odata".equals(outArg.text().trim());
        DateTimeFormatter out = odata ? null : pattern(outArg);
        return (value, input) -> {
            if (Values.blank(value)) {
                return null;
            }
            ZonedDateTime when = read(Values.text(value).trim(), in, input);
            return odata ? "/Date(" + when.toInstant().toEpochMilli() + ")/" : out.format(when);
        };
    }

    private static DateTimeFormatter pattern(Section arg) {
        String pattern = arg.text();
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
            formatter.format(ZonedDateTime.now(ZONE));
            return formatter;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw arg.error("date: invalid date pattern '" + pattern + "': " + e.getMessage());
        }
    }

    private static ZonedDateTime read(String text, DateTimeFormatter in, TransformInput input) {
        Matcher odata = ODATA.matcher(text);
        if (in == null && odata.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(odata.group(1))).atZone(ZONE);
        }
        try {
            DateTimeFormatter formatter = in != null ? in : DateTimeFormatter.ISO_DATE_TIME;
            if (in == null && text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay(ZONE);
            }
            TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.withZoneSameInstant(ZONE);
            }
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(ZONE);
            }
            return ((LocalDate) parsed).atStartOfDay(ZONE);
        } catch (DateTimeParseException e) {
            throw input.error("date: cannot read '" + text + "' as a date");
        }
    }
}
