CREATE TABLE "cities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" char(2) NOT NULL,
	"time_zone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cities_country_name_unique" UNIQUE("country","name"),
	CONSTRAINT "cities_country_check" CHECK ("cities"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "movie_titles" (
	"movie_id" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	CONSTRAINT "movie_titles_movie_id_locale_pk" PRIMARY KEY("movie_id","locale")
);
--> statement-breakpoint
CREATE TABLE "movies" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"external_id" text,
	"languages" text[] NOT NULL,
	"genres" text[] NOT NULL,
	"duration_minutes" integer NOT NULL,
	"certification" text,
	"release_date" date,
	"synopsis" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "movies_external_id_unique" UNIQUE("external_id"),
	CONSTRAINT "movies_duration_check" CHECK ("movies"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"environment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" text,
	CONSTRAINT "api_keys_prefix_unique" UNIQUE("prefix"),
	CONSTRAINT "api_keys_environment_check" CHECK ("api_keys"."environment" IN ('live', 'test')),
	CONSTRAINT "api_keys_secret_hash_check" CHECK ("api_keys"."secret_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "partners_kind_check" CHECK ("partners"."kind" IN ('theatre', 'aggregator')),
	CONSTRAINT "partners_status_check" CHECK ("partners"."status" IN ('active', 'suspended'))
);
--> statement-breakpoint
CREATE TABLE "layout_seats" (
	"id" text PRIMARY KEY NOT NULL,
	"layout_id" text NOT NULL,
	"label" text NOT NULL,
	"row_label" text NOT NULL,
	"seat_number" integer,
	"category" text NOT NULL,
	"x" integer NOT NULL,
	"y" integer NOT NULL,
	"wheelchair" boolean DEFAULT false NOT NULL,
	"companion" boolean DEFAULT false NOT NULL,
	CONSTRAINT "layout_seats_layout_label_unique" UNIQUE("layout_id","label"),
	CONSTRAINT "layout_seats_layout_position_unique" UNIQUE("layout_id","x","y"),
	CONSTRAINT "layout_seats_category_check" CHECK ("layout_seats"."category" ~ '^[a-z][a-z0-9_]{0,31}$'),
	CONSTRAINT "layout_seats_position_check" CHECK ("layout_seats"."x" >= 0 AND "layout_seats"."y" >= 0)
);
--> statement-breakpoint
CREATE TABLE "screens" (
	"id" text PRIMARY KEY NOT NULL,
	"theatre_id" text NOT NULL,
	"external_ref" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screens_theatre_external_ref_unique" UNIQUE("theatre_id","external_ref"),
	CONSTRAINT "screens_status_check" CHECK ("screens"."status" IN ('active', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "seat_layouts" (
	"id" text PRIMARY KEY NOT NULL,
	"screen_id" text NOT NULL,
	"layout_version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"seat_count" integer NOT NULL,
	"categories" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "seat_layouts_screen_version_unique" UNIQUE("screen_id","layout_version"),
	CONSTRAINT "seat_layouts_version_check" CHECK ("seat_layouts"."layout_version" >= 1),
	CONSTRAINT "seat_layouts_seat_count_check" CHECK ("seat_layouts"."seat_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "theatres" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"city_id" text NOT NULL,
	"external_ref" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"postal_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"time_zone" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cleaning_buffer_minutes" integer DEFAULT 15 NOT NULL,
	"cancellation_cutoff_minutes" integer DEFAULT 60 NOT NULL,
	"pay_at_venue" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "theatres_partner_external_ref_unique" UNIQUE("partner_id","external_ref"),
	CONSTRAINT "theatres_status_check" CHECK ("theatres"."status" IN ('draft', 'live')),
	CONSTRAINT "theatres_latitude_check" CHECK ("theatres"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "theatres_longitude_check" CHECK ("theatres"."longitude" BETWEEN -180 AND 180),
	CONSTRAINT "theatres_cleaning_buffer_check" CHECK ("theatres"."cleaning_buffer_minutes" >= 0),
	CONSTRAINT "theatres_cancellation_cutoff_check" CHECK ("theatres"."cancellation_cutoff_minutes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "showtime_prices" (
	"showtime_id" text NOT NULL,
	"category" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	CONSTRAINT "showtime_prices_showtime_id_category_pk" PRIMARY KEY("showtime_id","category"),
	CONSTRAINT "showtime_prices_category_check" CHECK ("showtime_prices"."category" ~ '^[a-z][a-z0-9_]{0,31}$'),
	CONSTRAINT "showtime_prices_amount_check" CHECK ("showtime_prices"."amount" >= 0),
	CONSTRAINT "showtime_prices_currency_check" CHECK ("showtime_prices"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "showtimes" (
	"id" text PRIMARY KEY NOT NULL,
	"theatre_id" text NOT NULL,
	"screen_id" text NOT NULL,
	"layout_id" text NOT NULL,
	"movie_id" text NOT NULL,
	"city_id" text NOT NULL,
	"external_ref" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"language" text NOT NULL,
	"format" text DEFAULT '2D' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "showtimes_theatre_external_ref_unique" UNIQUE("theatre_id","external_ref"),
	CONSTRAINT "showtimes_time_range_check" CHECK ("showtimes"."ends_at" > "showtimes"."starts_at"),
	CONSTRAINT "showtimes_status_check" CHECK ("showtimes"."status" IN ('scheduled', 'cancelled')),
	CONSTRAINT "showtimes_format_check" CHECK ("showtimes"."format" IN ('2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA')),
	CONSTRAINT "showtimes_language_check" CHECK ("showtimes"."language" ~ '^[a-z]{2}$'),
	CONSTRAINT "showtimes_cancelled_at_check" CHECK (("showtimes"."status" = 'cancelled') = ("showtimes"."cancelled_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "seat_inventory" (
	"showtime_id" text NOT NULL,
	"seat_id" text NOT NULL,
	"state" text DEFAULT 'available' NOT NULL,
	"hold_id" text,
	"held_until" timestamp with time zone,
	"booking_id" text,
	"blocked_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_inventory_showtime_id_seat_id_pk" PRIMARY KEY("showtime_id","seat_id"),
	CONSTRAINT "seat_inventory_state_check" CHECK ("seat_inventory"."state" IN ('available', 'held', 'booked', 'blocked')),
	CONSTRAINT "seat_inventory_state_refs_check" CHECK (CASE "seat_inventory"."state"
        WHEN 'held' THEN "seat_inventory"."hold_id" IS NOT NULL AND "seat_inventory"."held_until" IS NOT NULL AND "seat_inventory"."booking_id" IS NULL
        WHEN 'booked' THEN "seat_inventory"."booking_id" IS NOT NULL AND "seat_inventory"."hold_id" IS NULL AND "seat_inventory"."held_until" IS NULL
        ELSE "seat_inventory"."hold_id" IS NULL AND "seat_inventory"."held_until" IS NULL AND "seat_inventory"."booking_id" IS NULL
      END),
	CONSTRAINT "seat_inventory_blocked_reason_check" CHECK ("seat_inventory"."blocked_reason" IS NULL OR "seat_inventory"."state" = 'blocked')
);
--> statement-breakpoint
CREATE TABLE "booked_seats" (
	"booking_id" text NOT NULL,
	"showtime_id" text NOT NULL,
	"seat_id" text NOT NULL,
	"label" text NOT NULL,
	"category" text NOT NULL,
	"base_amount" integer NOT NULL,
	"discount_amount" integer DEFAULT 0 NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "booked_seats_booking_id_seat_id_pk" PRIMARY KEY("booking_id","seat_id"),
	CONSTRAINT "booked_seats_amounts_check" CHECK ("booked_seats"."base_amount" >= 0 AND "booked_seats"."discount_amount" >= 0
        AND "booked_seats"."amount" = "booked_seats"."base_amount" - "booked_seats"."discount_amount" AND "booked_seats"."amount" >= 0),
	CONSTRAINT "booked_seats_currency_check" CHECK ("booked_seats"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"showtime_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"hold_id" text,
	"channel_partner_id" text,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"total_amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"price_breakdown" jsonb NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_reference_unique" UNIQUE("reference"),
	CONSTRAINT "bookings_hold_unique" UNIQUE("hold_id"),
	CONSTRAINT "bookings_status_check" CHECK ("bookings"."status" IN ('confirmed', 'cancelled')),
	CONSTRAINT "bookings_total_amount_check" CHECK ("bookings"."total_amount" >= 0),
	CONSTRAINT "bookings_currency_check" CHECK ("bookings"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "bookings_cancelled_at_check" CHECK (("bookings"."status" = 'cancelled') = ("bookings"."cancelled_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"oidc_issuer" text,
	"oidc_subject" text,
	"aggregator_partner_id" text,
	"external_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_oidc_unique" UNIQUE("oidc_issuer","oidc_subject"),
	CONSTRAINT "customers_aggregator_unique" UNIQUE("aggregator_partner_id","external_ref"),
	CONSTRAINT "customers_kind_check" CHECK ("customers"."kind" IN ('oidc', 'aggregator')),
	CONSTRAINT "customers_identity_check" CHECK (CASE "customers"."kind"
        WHEN 'oidc' THEN "customers"."oidc_issuer" IS NOT NULL AND "customers"."oidc_subject" IS NOT NULL
          AND "customers"."aggregator_partner_id" IS NULL AND "customers"."external_ref" IS NULL
        ELSE "customers"."aggregator_partner_id" IS NOT NULL AND "customers"."external_ref" IS NOT NULL
          AND "customers"."oidc_issuer" IS NULL AND "customers"."oidc_subject" IS NULL
      END)
);
--> statement-breakpoint
CREATE TABLE "holds" (
	"id" text PRIMARY KEY NOT NULL,
	"showtime_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"partner_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"quote" jsonb NOT NULL,
	"seat_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "holds_status_check" CHECK ("holds"."status" IN ('active', 'released', 'expired', 'converted')),
	CONSTRAINT "holds_seat_count_check" CHECK ("holds"."seat_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"booking_id" text NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"provider_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_method_check" CHECK ("payments"."method" IN ('partner_collected', 'pay_at_venue', 'card')),
	CONSTRAINT "payments_status_check" CHECK ("payments"."status" IN ('pending', 'captured', 'refunded', 'partially_refunded', 'failed', 'voided')),
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" >= 0),
	CONSTRAINT "payments_currency_check" CHECK ("payments"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"payment_id" text NOT NULL,
	"booking_id" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_status_check" CHECK ("refunds"."status" IN ('pending', 'succeeded', 'failed')),
	CONSTRAINT "refunds_amount_check" CHECK ("refunds"."amount" >= 0),
	CONSTRAINT "refunds_currency_check" CHECK ("refunds"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"percent_off" integer NOT NULL,
	"nth" integer,
	"repeats" boolean DEFAULT false NOT NULL,
	"window_start" time,
	"window_end" time,
	"days_of_week" integer[],
	"scope" text DEFAULT 'all' NOT NULL,
	"scope_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"priority" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_kind_check" CHECK ("offers"."kind" IN ('nth_ticket', 'time_window')),
	CONSTRAINT "offers_scope_check" CHECK ("offers"."scope" IN ('all', 'cities', 'theatres')),
	CONSTRAINT "offers_status_check" CHECK ("offers"."status" IN ('active', 'disabled')),
	CONSTRAINT "offers_percent_off_check" CHECK ("offers"."percent_off" BETWEEN 1 AND 100),
	CONSTRAINT "offers_kind_fields_check" CHECK (CASE "offers"."kind"
        WHEN 'nth_ticket' THEN "offers"."nth" IS NOT NULL AND "offers"."nth" >= 2
        ELSE "offers"."window_start" IS NOT NULL AND "offers"."window_end" IS NOT NULL
      END),
	CONSTRAINT "offers_days_of_week_check" CHECK ("offers"."days_of_week" IS NULL OR "offers"."days_of_week" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
	CONSTRAINT "offers_scope_ids_check" CHECK (("offers"."scope" = 'all') = (cardinality("offers"."scope_ids") = 0)),
	CONSTRAINT "offers_validity_check" CHECK ("offers"."valid_from" IS NULL OR "offers"."valid_until" IS NULL OR "offers"."valid_until" >= "offers"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"partner_id" text,
	"api_key_id" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"request_id" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_actor_type_check" CHECK ("audit_log"."actor_type" IN ('admin', 'partner', 'customer', 'system'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"caller_id" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" text DEFAULT 'in_flight' NOT NULL,
	"locked_until" timestamp with time zone NOT NULL,
	"response_status" integer,
	"response_headers" jsonb,
	"response_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_records_caller_id_key_pk" PRIMARY KEY("caller_id","key"),
	CONSTRAINT "idempotency_records_status_check" CHECK ("idempotency_records"."status" IN ('in_flight', 'completed')),
	CONSTRAINT "idempotency_records_response_check" CHECK ("idempotency_records"."status" = 'in_flight' OR "idempotency_records"."response_status" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"aggregate_version" integer NOT NULL,
	"theatre_partner_id" text,
	"aggregator_partner_id" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"delivery_id" text NOT NULL,
	"attempt_number" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_ms" integer,
	"response_status" integer,
	"error" text,
	"response_body_excerpt" text,
	CONSTRAINT "webhook_attempts_delivery_number_unique" UNIQUE("delivery_id","attempt_number")
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"endpoint_id" text NOT NULL,
	"event_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"enqueued_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_endpoint_event_unique" UNIQUE("endpoint_id","event_id"),
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("webhook_deliveries"."status" IN ('pending', 'enqueued', 'delivered', 'failed')),
	CONSTRAINT "webhook_deliveries_attempt_count_check" CHECK ("webhook_deliveries"."attempt_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"event_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'enabled' NOT NULL,
	"disabled_reason" text,
	"secret_ciphertext" text NOT NULL,
	"previous_secret_ciphertext" text,
	"previous_secret_expires_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_status_check" CHECK ("webhook_endpoints"."status" IN ('enabled', 'disabled'))
);
--> statement-breakpoint
ALTER TABLE "movie_titles" ADD CONSTRAINT "movie_titles_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "layout_seats" ADD CONSTRAINT "layout_seats_layout_id_seat_layouts_id_fk" FOREIGN KEY ("layout_id") REFERENCES "public"."seat_layouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screens" ADD CONSTRAINT "screens_theatre_id_theatres_id_fk" FOREIGN KEY ("theatre_id") REFERENCES "public"."theatres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_layouts" ADD CONSTRAINT "seat_layouts_screen_id_screens_id_fk" FOREIGN KEY ("screen_id") REFERENCES "public"."screens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theatres" ADD CONSTRAINT "theatres_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theatres" ADD CONSTRAINT "theatres_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtime_prices" ADD CONSTRAINT "showtime_prices_showtime_id_showtimes_id_fk" FOREIGN KEY ("showtime_id") REFERENCES "public"."showtimes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_theatre_id_theatres_id_fk" FOREIGN KEY ("theatre_id") REFERENCES "public"."theatres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_screen_id_screens_id_fk" FOREIGN KEY ("screen_id") REFERENCES "public"."screens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_layout_id_seat_layouts_id_fk" FOREIGN KEY ("layout_id") REFERENCES "public"."seat_layouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_inventory" ADD CONSTRAINT "seat_inventory_showtime_id_showtimes_id_fk" FOREIGN KEY ("showtime_id") REFERENCES "public"."showtimes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_inventory" ADD CONSTRAINT "seat_inventory_seat_id_layout_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."layout_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_inventory" ADD CONSTRAINT "seat_inventory_hold_id_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."holds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_inventory" ADD CONSTRAINT "seat_inventory_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booked_seats" ADD CONSTRAINT "booked_seats_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booked_seats" ADD CONSTRAINT "booked_seats_showtime_id_showtimes_id_fk" FOREIGN KEY ("showtime_id") REFERENCES "public"."showtimes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booked_seats" ADD CONSTRAINT "booked_seats_seat_id_layout_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."layout_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_showtime_id_showtimes_id_fk" FOREIGN KEY ("showtime_id") REFERENCES "public"."showtimes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_hold_id_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."holds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_channel_partner_id_partners_id_fk" FOREIGN KEY ("channel_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_aggregator_partner_id_partners_id_fk" FOREIGN KEY ("aggregator_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_showtime_id_showtimes_id_fk" FOREIGN KEY ("showtime_id") REFERENCES "public"."showtimes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_theatre_partner_id_partners_id_fk" FOREIGN KEY ("theatre_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_aggregator_partner_id_partners_id_fk" FOREIGN KEY ("aggregator_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movies_languages_idx" ON "movies" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "movies_genres_idx" ON "movies" USING gin ("genres");--> statement-breakpoint
CREATE INDEX "api_keys_partner_idx" ON "api_keys" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "theatres_city_live_idx" ON "theatres" USING btree ("city_id","id") WHERE "theatres"."status" = 'live';--> statement-breakpoint
CREATE INDEX "theatres_partner_idx" ON "theatres" USING btree ("partner_id","id");--> statement-breakpoint
CREATE INDEX "showtimes_catalogue_idx" ON "showtimes" USING btree ("city_id","local_date","movie_id") WHERE "showtimes"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "showtimes_theatre_starts_idx" ON "showtimes" USING btree ("theatre_id","starts_at");--> statement-breakpoint
CREATE INDEX "seat_inventory_hold_idx" ON "seat_inventory" USING btree ("hold_id") WHERE "seat_inventory"."hold_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "seat_inventory_booking_idx" ON "seat_inventory" USING btree ("booking_id") WHERE "seat_inventory"."booking_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "booked_seats_one_live_booking" ON "booked_seats" USING btree ("showtime_id","seat_id") WHERE "booked_seats"."cancelled_at" IS NULL;--> statement-breakpoint
CREATE INDEX "bookings_showtime_idx" ON "bookings" USING btree ("showtime_id");--> statement-breakpoint
CREATE INDEX "bookings_channel_created_idx" ON "bookings" USING btree ("channel_partner_id","created_at");--> statement-breakpoint
CREATE INDEX "bookings_customer_created_idx" ON "bookings" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "holds_one_active_per_customer" ON "holds" USING btree ("customer_id","showtime_id") WHERE "holds"."status" = 'active';--> statement-breakpoint
CREATE INDEX "holds_active_expiry_idx" ON "holds" USING btree ("expires_at") WHERE "holds"."status" = 'active';--> statement-breakpoint
CREATE INDEX "payments_booking_idx" ON "payments" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "refunds_booking_idx" ON "refunds" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "refunds_payment_idx" ON "refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "audit_log_partner_created_idx" ON "audit_log" USING btree ("partner_id","created_at");--> statement-breakpoint
CREATE INDEX "idempotency_records_expires_idx" ON "idempotency_records" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "events_created_idx" ON "events" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "events_theatre_partner_idx" ON "events" USING btree ("theatre_partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "events_aggregator_partner_idx" ON "events" USING btree ("aggregator_partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_open_idx" ON "webhook_deliveries" USING btree ("status","created_at") WHERE "webhook_deliveries"."status" IN ('pending', 'enqueued');--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_created_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_partner_idx" ON "webhook_endpoints" USING btree ("partner_id","id");