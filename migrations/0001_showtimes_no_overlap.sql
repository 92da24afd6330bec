-- drizzle-kit cannot express exclusion constraints, so this migration is written by hand.
-- btree_gist lets a GiST index compare screen_id (text) with `=` next to the range `&&`;
-- it is a trusted extension, so the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- Two showtimes that are not cancelled may never overlap on one screen.
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_no_overlap"
  EXCLUDE USING gist ("screen_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" <> 'cancelled');
