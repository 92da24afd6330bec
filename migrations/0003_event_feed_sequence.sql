CREATE SEQUENCE "public"."event_sequence" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
DROP INDEX "events_theatre_partner_idx";--> statement-breakpoint
DROP INDEX "events_aggregator_partner_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "sequence" bigint;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "failing_since" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "events_sequence_unique" ON "events" USING btree ("sequence");--> statement-breakpoint
CREATE INDEX "events_unsequenced_idx" ON "events" USING btree ("created_at","id") WHERE "events"."sequence" IS NULL;--> statement-breakpoint
CREATE INDEX "events_theatre_feed_idx" ON "events" USING btree ("theatre_partner_id","sequence") WHERE "events"."sequence" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "events_aggregator_feed_idx" ON "events" USING btree ("aggregator_partner_id","sequence") WHERE "events"."sequence" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "events_public_feed_idx" ON "events" USING btree ("sequence") WHERE "events"."is_public" AND "events"."sequence" IS NOT NULL;