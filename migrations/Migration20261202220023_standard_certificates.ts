import { Migration } from '@mikro-orm/migrations';

export class Migration20261202220023_standard_certificates extends Migration {
  override name = 'Migration20261202220023_standard_certificates';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "standard" add "compliant_levels" text[] not null default '{}', add "certificate_months" int null;`,
    );
    // Databases loaded before these columns: the loader never touches existing standards, so what
    // the shipped catalogue now says is set here, for rows central teams have not changed since.
    this.addSql(
      `update "standard" set "compliant_levels" = '{STANDARDS_MET,STANDARDS_EXCEEDED}' where "code" = 'DSPT' and "levels" @> '{STANDARDS_MET,STANDARDS_EXCEEDED}';`,
    );
    this.addSql(`update "standard" set "certificate_months" = 12 where "code" in ('CE', 'CE_PLUS');`);
    this.addSql(`update "standard" set "certificate_months" = 36 where "code" = 'ISO27001';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "standard" drop column "compliant_levels", drop column "certificate_months";`);
  }
}
