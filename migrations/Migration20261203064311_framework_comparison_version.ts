import { Migration } from '@mikro-orm/migrations';

export class Migration20261203064311_framework_comparison_version extends Migration {

  override name = 'Migration20261203064311_framework_comparison_version';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "framework_framework_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "framework_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "framework" for each STATEMENT execute function "framework_framework_comparison_version_fn"();`);

    this.addSql(`create or replace function "lot_lot_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "lot_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "lot" for each STATEMENT execute function "lot_lot_comparison_version_fn"();`);

    this.addSql(`create or replace function "lot_award_lot_award_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "lot_award_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "lot_award" for each STATEMENT execute function "lot_award_lot_award_comparison_version_fn"();`);

    this.addSql(`create or replace function "catalogue_price_catalogue_price_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "catalogue_price_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "catalogue_price" for each STATEMENT execute function "catalogue_price_catalogue_price_comparison_version_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "catalogue_price_comparison_version" on "catalogue_price";`);
    this.addSql(`drop function if exists "catalogue_price_catalogue_price_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "framework_comparison_version" on "framework";`);
    this.addSql(`drop function if exists "framework_framework_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "lot_comparison_version" on "lot";`);
    this.addSql(`drop function if exists "lot_lot_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "lot_award_comparison_version" on "lot_award";`);
    this.addSql(`drop function if exists "lot_award_lot_award_comparison_version_fn"();`);
  }

}
