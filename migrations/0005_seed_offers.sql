-- The two offers Marquee sells with from day one (fixed ids, so docs and tests can name them).
-- Priority: lower applies first, and discounts compound on each line. The afternoon discount
-- (priority 100) is a property of the showtime and goes first; the third-ticket discount
-- (priority 200) then takes half of what is left on the third line.
INSERT INTO "offers" ("id", "name", "description", "kind", "percent_off", "nth", "repeats", "scope", "scope_ids", "priority", "status")
VALUES ('off_01JDQ90000000000000000003T', 'Third ticket: 50% off', 'The third ticket of a booking is half price.', 'nth_ticket', 50, 3, false, 'all', '{}', 200, 'active')
ON CONFLICT ("id") DO NOTHING;--> statement-breakpoint
INSERT INTO "offers" ("id", "name", "description", "kind", "percent_off", "window_start", "window_end", "scope", "scope_ids", "priority", "status")
VALUES ('off_01JDQ9000000000000000000AF', 'Afternoon shows: 20% off', 'Every ticket for a show starting from 12:00 to before 17:00, theatre local time.', 'time_window', 20, '12:00', '17:00', 'all', '{}', 100, 'active')
ON CONFLICT ("id") DO NOTHING;
