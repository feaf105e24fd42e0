import { Migration } from '@mikro-orm/migrations';

export class Migration20261202195614_comparison_version extends Migration {

  override name = 'Migration20261202195614_comparison_version';

  override up(): void | Promise<void> {
    // Written by hand: the counter the triggers below advance (src/core/comparison-version.ts).
    this.addSql(`create sequence if not exists "comparison_version_seq";`);
    this.addSql(`create or replace function "organisation_organisation_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "organisation_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "organisation" for each STATEMENT execute function "organisation_organisation_comparison_version_fn"();`);

    this.addSql(`create or replace function "supplier_supplier_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "supplier_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "supplier" for each STATEMENT execute function "supplier_supplier_comparison_version_fn"();`);

    this.addSql(`create or replace function "product_product_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "product_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "product" for each STATEMENT execute function "product_product_comparison_version_fn"();`);

    this.addSql(`create or replace function "product_version_product_version_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "product_version_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "product_version" for each STATEMENT execute function "product_version_product_version_comparison_version_fn"();`);

    this.addSql(`create or replace function "contract_contract_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "contract_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "contract" for each STATEMENT execute function "contract_contract_comparison_version_fn"();`);

    this.addSql(`create or replace function "contract_line_contract_line_comparison_version_fn"() returns trigger as \$\$ begin perform nextval('comparison_version_seq'); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "contract_line_comparison_version" AFTER INSERT OR UPDATE OR DELETE on "contract_line" for each STATEMENT execute function "contract_line_contract_line_comparison_version_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "contract_comparison_version" on "contract";`);
    this.addSql(`drop function if exists "contract_contract_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "contract_line_comparison_version" on "contract_line";`);
    this.addSql(`drop function if exists "contract_line_contract_line_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "organisation_comparison_version" on "organisation";`);
    this.addSql(`drop function if exists "organisation_organisation_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "product_comparison_version" on "product";`);
    this.addSql(`drop function if exists "product_product_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "product_version_comparison_version" on "product_version";`);
    this.addSql(`drop function if exists "product_version_product_version_comparison_version_fn"();`);

    this.addSql(`drop trigger if exists "supplier_comparison_version" on "supplier";`);
    this.addSql(`drop function if exists "supplier_supplier_comparison_version_fn"();`);
    this.addSql(`drop sequence if exists "comparison_version_seq";`);
  }

}
