-- The Back Office's company directory pages by creation and by last change, each then by id, in either direction;
-- a sales representative sees only their own companies, so their pages walk indexes that start with them.
create index companies_created on companies (created_at, id);
create index companies_updated on companies (updated_at, id);
create index companies_sales_representative_created on companies (sales_representative_id, created_at, id);
create index companies_sales_representative_updated on companies (sales_representative_id, updated_at, id);

-- Filtering by country reads the default billing addresses of that country, not every company's address book. The
-- country leads, so that reading a page's default addresses by company keeps to addresses_default_unique.
create index addresses_country_default on addresses (country, default_key, company_id);
