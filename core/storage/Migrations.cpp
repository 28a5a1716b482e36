#include "core/storage/Migrations.h"
#include "core/common/Collation.h"

#include <QSet>

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QStringList>

#include <span>

namespace ordo {

namespace {

// Portable SQL: BIGINT for ids, money, quantities and UTC epoch seconds; TEXT for words; INTEGER 0/1
// for flags. {pk} becomes the dialect's auto-numbered primary key.
const char *const schemaV1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(INSERT INTO meta (key, value) VALUES ('application', 'ordo'), ('schema_version', '0'))",
    R"(CREATE TABLE sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL))",

    R"(CREATE TABLE staff (
        id {pk},
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        colour TEXT NOT NULL DEFAULT '#607d8b',
        active INTEGER NOT NULL DEFAULT 1,
        skills TEXT NOT NULL DEFAULT '',
        territory TEXT NOT NULL DEFAULT '',
        work_days INTEGER NOT NULL DEFAULT 31,
        work_start INTEGER NOT NULL DEFAULT 480,
        work_end INTEGER NOT NULL DEFAULT 1020,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX staff_by_role ON staff (role, active))",

    R"(CREATE TABLE customers (
        id {pk},
        name TEXT NOT NULL,
        tax_id TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        phone2 TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX customers_by_name ON customers (name))",
    R"(CREATE INDEX customers_by_phone ON customers (phone))",

    R"(CREATE TABLE sites (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        address TEXT NOT NULL,
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX sites_by_customer ON sites (customer_id))",

    R"(CREATE TABLE workflows (
        id {pk},
        name TEXT NOT NULL,
        job_type TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL))",
    R"(CREATE TABLE workflow_versions (
        id {pk},
        workflow_id BIGINT NOT NULL REFERENCES workflows (id),
        version INTEGER NOT NULL,
        initial_step_id BIGINT,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (workflow_id, version)))",
    R"(CREATE TABLE steps (
        id {pk},
        workflow_version_id BIGINT NOT NULL REFERENCES workflow_versions (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        responsible_role TEXT,
        responsible_staff_id BIGINT REFERENCES staff (id),
        target_minutes BIGINT,
        handler TEXT NOT NULL DEFAULT 'manual',
        wip_limit INTEGER,
        UNIQUE (workflow_version_id, position),
        UNIQUE (workflow_version_id, name)))",
    R"(CREATE TABLE transitions (
        id {pk},
        workflow_version_id BIGINT NOT NULL REFERENCES workflow_versions (id),
        from_step_id BIGINT NOT NULL REFERENCES steps (id),
        to_step_id BIGINT NOT NULL REFERENCES steps (id),
        UNIQUE (from_step_id, to_step_id)))",
    R"(CREATE INDEX transitions_by_version ON transitions (workflow_version_id))",

    R"(CREATE TABLE work_orders (
        id {pk},
        number TEXT NOT NULL UNIQUE,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        site_id BIGINT REFERENCES sites (id),
        workflow_version_id BIGINT NOT NULL REFERENCES workflow_versions (id),
        step_id BIGINT NOT NULL REFERENCES steps (id),
        is_open INTEGER NOT NULL,
        responsible_id BIGINT REFERENCES staff (id),
        assignee_id BIGINT REFERENCES staff (id),
        priority INTEGER NOT NULL DEFAULT 1,
        job_type TEXT NOT NULL DEFAULT '',
        due_at BIGINT,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        step_entered_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    // The board reads only open orders: a partial index keeps it independent of years of history.
    R"(CREATE INDEX work_orders_open_by_step ON work_orders (step_id, step_entered_at) WHERE is_open = 1)",
    R"(CREATE INDEX work_orders_open_by_responsible ON work_orders (responsible_id) WHERE is_open = 1)",
    R"(CREATE INDEX work_orders_by_step ON work_orders (step_id, updated_at))",
    R"(CREATE INDEX work_orders_by_customer ON work_orders (customer_id))",
    R"(CREATE INDEX work_orders_by_assignee ON work_orders (assignee_id, is_open))",
    R"(CREATE INDEX work_orders_by_created ON work_orders (created_at))",

    R"(CREATE TABLE line_items (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        quantity BIGINT NOT NULL,
        unit_price BIGINT NOT NULL,
        vat_rate INTEGER NOT NULL,
        discount INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX line_items_by_order ON line_items (order_id, position))",

    R"(CREATE TABLE order_notes (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        at BIGINT NOT NULL,
        author_id BIGINT REFERENCES staff (id),
        author_name TEXT NOT NULL,
        body TEXT NOT NULL))",
    R"(CREATE INDEX order_notes_by_order ON order_notes (order_id, at))",

    R"(CREATE TABLE appointments (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planned',
        notes TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at)))",
    R"(CREATE INDEX appointments_by_staff ON appointments (staff_id, starts_at))",
    R"(CREATE INDEX appointments_by_order ON appointments (order_id))",
    R"(CREATE INDEX appointments_by_start ON appointments (starts_at))",

    R"(CREATE TABLE order_events (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        at BIGINT NOT NULL,
        actor_id BIGINT REFERENCES staff (id),
        actor_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT '',
        from_step_id BIGINT REFERENCES steps (id),
        to_step_id BIGINT REFERENCES steps (id),
        note TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX order_events_by_order ON order_events (order_id, at))",
    R"(CREATE INDEX order_events_by_time ON order_events (at))",
};

Result<void> toVersion1(Database &db)
{
    for (const char *statement : schemaV1) {
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    }
    // The default process map is written after the last migration (seedNewDatabase), with the
    // code of today: migrations stay frozen while the map's columns grow.
    return {};
}

// Version 2: full-text search over orders (number, customer, phones, address, title, description).
// The index itself is dialect-specific: SQLite FTS5 kept up to date by triggers here; PostgreSQL
// will get a tsvector column of its own in its branch.
const char *const searchV2Sqlite[] = {
    R"(CREATE VIRTUAL TABLE order_search USING fts5(
        number, customer, phones, address, title, description,
        tokenize = "unicode61 remove_diacritics 2"))",
    // Phones are indexed as typed and as bare digits, so "600 12" and "60012" both find them.
    R"(CREATE VIEW order_search_source AS
        SELECT o.id AS id, o.number AS number, c.name AS customer,
               c.phone || ' ' || c.phone2 || ' ' || replace(replace(replace(c.phone, ' ', ''), '-', ''), '.', '') || ' ' ||
               replace(replace(replace(c.phone2, ' ', ''), '-', ''), '.', '') AS phones,
               coalesce(s.address || ' ' || s.postcode || ' ' || s.city, '') || ' ' || c.address || ' ' || c.postcode || ' ' || c.city AS address,
               o.title AS title, o.description AS description
        FROM work_orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN sites s ON s.id = o.site_id)",
    R"(INSERT INTO order_search (rowid, number, customer, phones, address, title, description)
        SELECT id, number, customer, phones, address, title, description FROM order_search_source)",
    R"(CREATE TRIGGER order_search_insert AFTER INSERT ON work_orders BEGIN
        INSERT INTO order_search (rowid, number, customer, phones, address, title, description)
        SELECT id, number, customer, phones, address, title, description FROM order_search_source WHERE id = new.id;
    END)",
    R"(CREATE TRIGGER order_search_update AFTER UPDATE OF number, customer_id, site_id, title, description ON work_orders BEGIN
        DELETE FROM order_search WHERE rowid = old.id;
        INSERT INTO order_search (rowid, number, customer, phones, address, title, description)
        SELECT id, number, customer, phones, address, title, description FROM order_search_source WHERE id = new.id;
    END)",
    R"(CREATE TRIGGER order_search_delete AFTER DELETE ON work_orders BEGIN
        DELETE FROM order_search WHERE rowid = old.id;
    END)",
    R"(CREATE TRIGGER order_search_customer AFTER UPDATE OF name, phone, phone2, address, postcode, city ON customers BEGIN
        DELETE FROM order_search WHERE rowid IN (SELECT id FROM work_orders WHERE customer_id = new.id);
        INSERT INTO order_search (rowid, number, customer, phones, address, title, description)
        SELECT id, number, customer, phones, address, title, description FROM order_search_source
        WHERE id IN (SELECT id FROM work_orders WHERE customer_id = new.id);
    END)",
    R"(CREATE TRIGGER order_search_site AFTER UPDATE OF address, postcode, city ON sites BEGIN
        DELETE FROM order_search WHERE rowid IN (SELECT id FROM work_orders WHERE site_id = new.id);
        INSERT INTO order_search (rowid, number, customer, phones, address, title, description)
        SELECT id, number, customer, phones, address, title, description FROM order_search_source
        WHERE id IN (SELECT id FROM work_orders WHERE site_id = new.id);
    END)",
    // Customers found by name, phone, e-mail or address when a call comes in (picker, duplicate warning).
    R"(CREATE INDEX customers_by_email ON customers (email))",
    R"(CREATE VIRTUAL TABLE customer_search USING fts5(
        name, phones, email, address, tokenize = "unicode61 remove_diacritics 2"))",
    R"(CREATE VIEW customer_search_source AS
        SELECT id, name,
               phone || ' ' || phone2 || ' ' || replace(replace(replace(phone, ' ', ''), '-', ''), '.', '') || ' ' ||
               replace(replace(replace(phone2, ' ', ''), '-', ''), '.', '') AS phones,
               email, address || ' ' || postcode || ' ' || city AS address
        FROM customers)",
    R"(INSERT INTO customer_search (rowid, name, phones, email, address)
        SELECT id, name, phones, email, address FROM customer_search_source)",
    R"(CREATE TRIGGER customer_search_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customer_search (rowid, name, phones, email, address)
        SELECT id, name, phones, email, address FROM customer_search_source WHERE id = new.id;
    END)",
    R"(CREATE TRIGGER customer_search_update AFTER UPDATE ON customers BEGIN
        DELETE FROM customer_search WHERE rowid = old.id;
        INSERT INTO customer_search (rowid, name, phones, email, address)
        SELECT id, name, phones, email, address FROM customer_search_source WHERE id = new.id;
    END)",
};

// PostgreSQL: the same views; each order's and customer's words in a tsvector (accents removed by
// unaccent, split on anything but letters and digits like FTS5's unicode61 tokenizer), kept by
// triggers that mirror the SQLite ones, searched by prefix (to_tsquery 'word:*') through GIN indexes.
const char *const searchV2Postgres[] = {
    R"(CREATE EXTENSION IF NOT EXISTS unaccent)",
    R"(CREATE FUNCTION ordo_words(t text) RETURNS tsvector LANGUAGE sql STABLE AS
       $$ SELECT to_tsvector('simple', regexp_replace(lower(unaccent(coalesce(t, ''))), '[^[:alnum:]]+', ' ', 'g')) $$)",
    R"(CREATE VIEW order_search_source AS
        SELECT o.id AS id, o.number AS number, c.name AS customer,
               c.phone || ' ' || c.phone2 || ' ' || replace(replace(replace(c.phone, ' ', ''), '-', ''), '.', '') || ' ' ||
               replace(replace(replace(c.phone2, ' ', ''), '-', ''), '.', '') AS phones,
               coalesce(s.address || ' ' || s.postcode || ' ' || s.city, '') || ' ' || c.address || ' ' || c.postcode || ' ' || c.city AS address,
               o.title AS title, o.description AS description
        FROM work_orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN sites s ON s.id = o.site_id)",
    R"(CREATE VIEW customer_search_source AS
        SELECT id, name,
               phone || ' ' || phone2 || ' ' || replace(replace(replace(phone, ' ', ''), '-', ''), '.', '') || ' ' ||
               replace(replace(replace(phone2, ' ', ''), '-', ''), '.', '') AS phones,
               email, address || ' ' || postcode || ' ' || city AS address
        FROM customers)",
    R"(CREATE TABLE order_search (id BIGINT PRIMARY KEY, words tsvector NOT NULL, phones tsvector NOT NULL))",
    R"(CREATE INDEX order_search_by_words ON order_search USING gin (words))",
    R"(CREATE TABLE customer_search (id BIGINT PRIMARY KEY, words tsvector NOT NULL, phones tsvector NOT NULL))",
    R"(CREATE INDEX customer_search_by_words ON customer_search USING gin (words))",
    R"(CREATE INDEX customer_search_by_phones ON customer_search USING gin (phones))",
    R"(CREATE FUNCTION ordo_index_orders(ids bigint[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM order_search WHERE id = ANY (ids);
        INSERT INTO order_search (id, words, phones)
        SELECT id, ordo_words(concat_ws(' ', number, customer, phones, address, title, description)), ordo_words(phones)
        FROM order_search_source WHERE id = ANY (ids);
    $$)",
    R"(CREATE FUNCTION ordo_index_customers(ids bigint[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM customer_search WHERE id = ANY (ids);
        INSERT INTO customer_search (id, words, phones)
        SELECT id, ordo_words(concat_ws(' ', name, phones, email, address)), ordo_words(phones)
        FROM customer_search_source WHERE id = ANY (ids);
    $$)",
    R"(CREATE FUNCTION ordo_search_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           DELETE FROM order_search WHERE id = OLD.id;
         ELSE
           PERFORM ordo_index_orders(ARRAY[NEW.id]);
         END IF;
         RETURN NULL;
       END $$)",
    R"(CREATE TRIGGER order_search_insert AFTER INSERT ON work_orders FOR EACH ROW EXECUTE FUNCTION ordo_search_order_changed())",
    R"(CREATE TRIGGER order_search_update AFTER UPDATE OF number, customer_id, site_id, title, description ON work_orders
       FOR EACH ROW EXECUTE FUNCTION ordo_search_order_changed())",
    R"(CREATE TRIGGER order_search_delete AFTER DELETE ON work_orders FOR EACH ROW EXECUTE FUNCTION ordo_search_order_changed())",
    R"(CREATE FUNCTION ordo_search_customer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM ordo_index_customers(ARRAY[NEW.id]);
         IF TG_OP = 'UPDATE' AND (NEW.name, NEW.phone, NEW.phone2, NEW.address, NEW.postcode, NEW.city)
              IS DISTINCT FROM (OLD.name, OLD.phone, OLD.phone2, OLD.address, OLD.postcode, OLD.city) THEN
           PERFORM ordo_index_orders(ARRAY(SELECT id FROM work_orders WHERE customer_id = NEW.id));
         END IF;
         RETURN NULL;
       END $$)",
    R"(CREATE TRIGGER customer_search_changed AFTER INSERT OR UPDATE ON customers
       FOR EACH ROW EXECUTE FUNCTION ordo_search_customer_changed())",
    R"(CREATE FUNCTION ordo_search_site_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM ordo_index_orders(ARRAY(SELECT id FROM work_orders WHERE site_id = NEW.id));
         RETURN NULL;
       END $$)",
    R"(CREATE TRIGGER order_search_site AFTER UPDATE OF address, postcode, city ON sites
       FOR EACH ROW EXECUTE FUNCTION ordo_search_site_changed())",
    R"(CREATE INDEX customers_by_email ON customers (email))",
    R"(SELECT ordo_index_customers(ARRAY(SELECT id FROM customers)))",
    R"(SELECT ordo_index_orders(ARRAY(SELECT id FROM work_orders)))",
};

Result<void> toVersion2(Database &db)
{
    if (db.dialect() == Database::Dialect::PostgreSQL) {
        for (const char *statement : searchV2Postgres)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
        return {};
    }
    for (const char *statement : searchV2Sqlite) {
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    }
    return {};
}

// Version 3: company settings (assignment policy now; company data, numbering and mail later).
const char *const settingsV3[] = {
    R"(CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(INSERT INTO settings (key, value) VALUES ('assignment.territory', '1'), ('assignment.least_loaded', '1'),
        ('assignment.round_robin', '0'), ('assignment.skills', '1'))",
    R"(CREATE INDEX appointments_by_status ON appointments (status, ends_at))",
};

Result<void> toVersion3(Database &db)
{
    for (const char *statement : settingsV3) {
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    }
    return {};
}

// Version 4: invoices (numbered on issue, immutable once issued, chained by hash), payments and
// the mail log; steps that cannot be left without an issued or paid invoice.
const char *const billingV4[] = {
    R"(CREATE TABLE invoices (
        id {pk},
        kind TEXT NOT NULL DEFAULT 'standard',
        status TEXT NOT NULL DEFAULT 'draft',
        series TEXT NOT NULL DEFAULT '',
        year INTEGER,
        sequence BIGINT,
        number TEXT UNIQUE,
        order_id BIGINT REFERENCES work_orders (id),
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        rectifies_id BIGINT REFERENCES invoices (id),
        rectification_reason TEXT NOT NULL DEFAULT '',
        issued_at BIGINT,
        operation_date TEXT NOT NULL DEFAULT '',
        due_at BIGINT,
        issuer_name TEXT NOT NULL DEFAULT '',
        issuer_tax_id TEXT NOT NULL DEFAULT '',
        issuer_address TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL DEFAULT '',
        customer_tax_id TEXT NOT NULL DEFAULT '',
        customer_address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        base_cents BIGINT NOT NULL DEFAULT 0,
        vat_cents BIGINT NOT NULL DEFAULT 0,
        total_cents BIGINT NOT NULL DEFAULT 0,
        chain_index BIGINT UNIQUE,
        previous_hash TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        sent_at BIGINT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX invoices_by_order ON invoices (order_id))",
    R"(CREATE INDEX invoices_by_customer ON invoices (customer_id))",
    R"(CREATE INDEX invoices_by_issue ON invoices (issued_at))",
    R"(CREATE INDEX invoices_by_status ON invoices (status, due_at))",
    R"(CREATE TABLE invoice_lines (
        id {pk},
        invoice_id BIGINT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        quantity BIGINT NOT NULL,
        unit_price BIGINT NOT NULL,
        vat_rate INTEGER NOT NULL,
        discount INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position))",
    R"(CREATE TABLE invoice_vat (
        invoice_id BIGINT NOT NULL REFERENCES invoices (id),
        rate INTEGER NOT NULL,
        base_cents BIGINT NOT NULL,
        vat_cents BIGINT NOT NULL,
        PRIMARY KEY (invoice_id, rate)))",
    R"(CREATE TABLE payments (
        id {pk},
        invoice_id BIGINT NOT NULL REFERENCES invoices (id),
        paid_at BIGINT NOT NULL,
        amount_cents BIGINT NOT NULL,
        method TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX payments_by_invoice ON payments (invoice_id))",
    R"(CREATE INDEX payments_by_date ON payments (paid_at))",
    R"(CREATE TABLE email_log (
        id {pk},
        invoice_id BIGINT NOT NULL REFERENCES invoices (id),
        at BIGINT NOT NULL,
        recipient TEXT NOT NULL,
        ok INTEGER NOT NULL,
        message TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX email_log_by_invoice ON email_log (invoice_id, at))",
    R"(ALTER TABLE steps ADD COLUMN exit_requires TEXT NOT NULL DEFAULT '')",
    R"(UPDATE steps SET exit_requires = 'issued_invoice' WHERE handler = 'create_invoice')",
    R"(UPDATE steps SET exit_requires = 'paid_invoice' WHERE handler = 'send_invoice')",
    R"(INSERT INTO settings (key, value) VALUES ('invoice.series', ''), ('invoice.rectifying_series', 'R'),
        ('invoice.payment_days', '30'), ('invoice.default_vat_bp', '2100'))",
};

// Issued invoices are legal documents: the database itself refuses to change or delete them
// (SQLite triggers here; PostgreSQL will get its own).
const char *const billingV4Sqlite[] = {
    R"(CREATE TRIGGER invoices_issued_are_immutable BEFORE UPDATE ON invoices
       WHEN old.status <> 'draft' AND (new.status = 'draft' OR new.number IS NOT old.number OR new.kind <> old.kind
         OR new.series <> old.series OR new.customer_id <> old.customer_id OR new.rectifies_id IS NOT old.rectifies_id
         OR new.rectification_reason <> old.rectification_reason OR new.issued_at IS NOT old.issued_at
         OR new.operation_date <> old.operation_date OR new.due_at IS NOT old.due_at OR new.issuer_name <> old.issuer_name
         OR new.issuer_tax_id <> old.issuer_tax_id OR new.issuer_address <> old.issuer_address
         OR new.customer_name <> old.customer_name OR new.customer_tax_id <> old.customer_tax_id
         OR new.customer_address <> old.customer_address OR new.notes <> old.notes OR new.base_cents <> old.base_cents
         OR new.vat_cents <> old.vat_cents OR new.total_cents <> old.total_cents OR new.chain_index IS NOT old.chain_index
         OR new.previous_hash <> old.previous_hash OR new.hash <> old.hash)
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER invoices_issued_are_kept BEFORE DELETE ON invoices WHEN old.status <> 'draft'
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be deleted'); END)",
    R"(CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
       WHEN (SELECT status FROM invoices WHERE id = new.invoice_id) <> 'draft'
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
       WHEN (SELECT status FROM invoices WHERE id = old.invoice_id) <> 'draft'
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
       WHEN (SELECT status FROM invoices WHERE id = old.invoice_id) <> 'draft'
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
};

// PostgreSQL: the same guards in PL/pgSQL. An issued invoice's row may change only in what the
// SQLite trigger leaves free (its status, but never back to draft; when it was sent; the row's
// bookkeeping): every other column, those added later included, is compared as a whole.
const char *const billingV4Postgres[] = {
    R"(CREATE FUNCTION ordo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$)",
    R"(CREATE FUNCTION ordo_invoice_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'issued invoices cannot be deleted'; END IF;
           RETURN OLD;
         END IF;
         IF OLD.status <> 'draft' AND (NEW.status = 'draft'
             OR to_jsonb(NEW) - ARRAY['status', 'sent_at', 'created_at', 'updated_at', 'version']
                IS DISTINCT FROM to_jsonb(OLD) - ARRAY['status', 'sent_at', 'created_at', 'updated_at', 'version']) THEN
           RAISE EXCEPTION 'issued invoices cannot be changed';
         END IF;
         RETURN NEW;
       END $$)",
    R"(CREATE TRIGGER invoices_issued_are_immutable BEFORE UPDATE OR DELETE ON invoices
       FOR EACH ROW EXECUTE FUNCTION ordo_invoice_guard())",
    R"(CREATE FUNCTION ordo_invoice_lines_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF (SELECT status FROM invoices WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.invoice_id ELSE OLD.invoice_id END)
              <> 'draft' THEN
           RAISE EXCEPTION 'issued invoices cannot be changed';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$)",
    R"(CREATE TRIGGER invoice_lines_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
       FOR EACH ROW EXECUTE FUNCTION ordo_invoice_lines_guard())",
};

Result<void> toVersion4(Database &db)
{
    for (const char *statement : billingV4) {
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    }
    const bool sqlite = db.dialect() == Database::Dialect::SQLite;
    for (const char *statement : sqlite ? std::span<const char *const>(billingV4Sqlite) : std::span<const char *const>(billingV4Postgres)) {
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    }
    return {};
}

// Version 5: periodic reviews (plans with a cadence and a person, reviews with their checklists).
const char *const reviewsV5[] = {
    R"(CREATE TABLE review_plans (
        id {pk},
        name TEXT NOT NULL,
        cadence TEXT NOT NULL,
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        checks TEXT NOT NULL DEFAULT '',
        inactive_days INTEGER NOT NULL DEFAULT 7,
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL))",
    R"(CREATE TABLE reviews (
        id {pk},
        plan_id BIGINT NOT NULL REFERENCES review_plans (id),
        period_start BIGINT NOT NULL,
        period_end BIGINT NOT NULL,
        opened_at BIGINT NOT NULL,
        signed_at BIGINT,
        signed_by TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (plan_id, period_start)))",
    R"(CREATE TABLE review_items (
        id {pk},
        review_id BIGINT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        check_kind TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        handled INTEGER NOT NULL DEFAULT 0,
        comment TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX review_items_by_review ON review_items (review_id))",
};

Result<void> toVersion5(Database &db)
{
    for (const char *statement : reviewsV5) {
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    }
    return {};
}

// Version 6: indexes that keep the weekly report and the calendar independent of years of history
// (issue 7, measured with ordo-bench on 500,000 orders).
const char *const reportIndexesV6[] = {
    // The board's first page: the first open orders of each column in the board's order, from the index alone.
    R"(CREATE INDEX work_orders_open_board ON work_orders (step_id, priority DESC, step_entered_at, workflow_version_id) WHERE is_open = 1)",
    // Round robin: each person's latest booking, by one index seek.
    R"(CREATE INDEX appointments_by_staff_booked ON appointments (staff_id, created_at))",
    // Open at the end of a week: only the open orders, by creation.
    R"(CREATE INDEX work_orders_open_by_created ON work_orders (created_at) WHERE is_open = 1)",
    // Completed and cancelled in a week: closed orders by their final step and when they got there.
    R"(CREATE INDEX work_orders_closed_by_step ON work_orders (step_id, step_entered_at) WHERE is_open = 0)",
    // Invoiced and outstanding at a date, read from the index alone.
    R"(CREATE INDEX invoices_by_kind_issue ON invoices (kind, issued_at, due_at, total_cents))",
    // Paid so far on invoices not yet due at a date: few, found by their due date.
    R"(CREATE INDEX invoices_by_kind_due ON invoices (kind, due_at))",
    // Collected up to a date, read from the index alone (replaces the index on the date only).
    R"(CREATE INDEX payments_by_date_amount ON payments (paid_at, amount_cents, invoice_id))",
    R"(DROP INDEX payments_by_date)",
    // A finished week's figures per step (weekly report), kept once computed.
    R"(CREATE TABLE week_summaries (
        week_start BIGINT PRIMARY KEY,
        week_end BIGINT NOT NULL,
        computed_at BIGINT NOT NULL))",
    R"(CREATE TABLE week_step_figures (
        week_start BIGINT NOT NULL REFERENCES week_summaries (week_start) ON DELETE CASCADE,
        step_name TEXT NOT NULL,
        entered BIGINT NOT NULL,
        stays BIGINT NOT NULL,
        median_seconds BIGINT NOT NULL,
        p90_seconds BIGINT NOT NULL,
        PRIMARY KEY (week_start, step_name)))",
};

Result<void> toVersion6(Database &db)
{
    for (const char *statement : reportIndexesV6) {
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    }
    return {};
}

// Version 7: a counter per kind of data that has no history of its own, bumped by triggers, so that
// a process can tell what another one changed (after PRAGMA data_version moved) with one tiny read.
// Orders are followed through order_events instead, which name the order.
Result<void> toVersion7(Database &db)
{
    if (auto r = db.run(QStringLiteral("CREATE TABLE change_counters (name TEXT PRIMARY KEY, n BIGINT NOT NULL DEFAULT 0)")); !r)
        return r.error();
    static const QList<QPair<const char *, const char *>> watched{
        {"staff", "staff"},           {"customers", "customers"},   {"sites", "customers"},
        {"workflows", "workflows"},   {"workflow_versions", "workflows"}, {"steps", "workflows"},
        {"transitions", "workflows"}, {"invoices", "invoices"},     {"payments", "invoices"},
        {"review_plans", "reviews"},  {"reviews", "reviews"},       {"review_items", "reviews"},
        {"settings", "settings"},
    };
    QSet<QString> counters;
    const bool postgres = db.dialect() == Database::Dialect::PostgreSQL;
    if (postgres) {
        // On the server the counters are bumped once per statement, and each commit tells the other
        // PCs what changed (LISTEN ordo_changes): orders by their events, the rest by counter name.
        for (const char *sql : {R"(CREATE FUNCTION ordo_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
                                   BEGIN
                                     UPDATE change_counters SET n = n + 1 WHERE name = TG_ARGV[0];
                                     PERFORM pg_notify('ordo_changes', TG_ARGV[0]);
                                     RETURN NULL;
                                   END $$)",
                                R"(CREATE FUNCTION ordo_order_event_written() RETURNS trigger LANGUAGE plpgsql AS $$
                                   BEGIN PERFORM pg_notify('ordo_changes', 'orders'); RETURN NULL; END $$)",
                                R"(CREATE TRIGGER order_events_notified AFTER INSERT ON order_events
                                   FOR EACH STATEMENT EXECUTE FUNCTION ordo_order_event_written())"})
            if (auto r = db.run(QString::fromUtf8(sql)); !r)
                return r.error();
    }
    for (const auto &[table, counter] : watched) {
        const QString name = QString::fromLatin1(counter);
        if (!counters.contains(name)) {
            counters.insert(name);
            if (auto r = db.run(QStringLiteral("INSERT INTO change_counters (name) VALUES (?)"), {name}); !r)
                return r.error();
        }
        if (postgres) {
            if (auto r = db.run(QStringLiteral("CREATE TRIGGER %1_counted AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                               "FOR EACH STATEMENT EXECUTE FUNCTION ordo_count_change('%2')")
                                    .arg(QString::fromLatin1(table), name));
                !r)
                return r.error();
            continue;
        }
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const QString sql = QStringLiteral("CREATE TRIGGER %1_%2_counted AFTER %3 ON %1 BEGIN "
                                               "UPDATE change_counters SET n = n + 1 WHERE name = '%4'; END")
                                    .arg(QString::fromLatin1(table), QString::fromLatin1(op).toLower(),
                                         QString::fromLatin1(op), name);
            if (auto r = db.run(sql); !r)
                return r.error();
        }
    }
    return {};
}

// Version 8: VERI*FACTU invoicing records (registros de alta and de anulación), one hash chain per
// issuer NIF. Their content is a legal record: only the sending state may change afterwards.
const char *const verifactuV8[] = {
    R"(CREATE TABLE verifactu_records (
        id {pk},
        issuer_nif TEXT NOT NULL,
        chain_index BIGINT NOT NULL,
        kind TEXT NOT NULL,
        invoice_id BIGINT NOT NULL REFERENCES invoices (id),
        invoice_number TEXT NOT NULL,
        issue_date TEXT NOT NULL,
        invoice_type TEXT NOT NULL DEFAULT '',
        quota_total TEXT NOT NULL DEFAULT '',
        amount_total TEXT NOT NULL DEFAULT '',
        previous_huella TEXT NOT NULL DEFAULT '',
        generated_at TEXT NOT NULL,
        huella TEXT NOT NULL,
        xml TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        sent_at BIGINT,
        csv TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        UNIQUE (issuer_nif, chain_index)))",
    R"(CREATE INDEX verifactu_records_by_invoice ON verifactu_records (invoice_id, kind))",
    R"(CREATE INDEX verifactu_records_by_state ON verifactu_records (state))",
    R"(INSERT INTO settings (key, value) VALUES ('verifactu.mode', 'verifactu'), ('verifactu.environment', 'test'),
        ('verifactu.qr_url_test', 'https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR'),
        ('verifactu.qr_url_production', 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR'),
        ('verifactu.zero_vat', 'E1'), ('verifactu.rectifying_type', 'R1'))",
};

const char *const verifactuV8Sqlite[] = {
    R"(CREATE TRIGGER verifactu_records_are_immutable BEFORE UPDATE ON verifactu_records
       WHEN new.issuer_nif <> old.issuer_nif OR new.chain_index <> old.chain_index OR new.kind <> old.kind
         OR new.invoice_id <> old.invoice_id OR new.invoice_number <> old.invoice_number OR new.issue_date <> old.issue_date
         OR new.invoice_type <> old.invoice_type OR new.quota_total <> old.quota_total OR new.amount_total <> old.amount_total
         OR new.previous_huella <> old.previous_huella OR new.generated_at <> old.generated_at OR new.huella <> old.huella
         OR new.xml <> old.xml OR new.reason <> old.reason OR new.created_by <> old.created_by OR new.created_at <> old.created_at
       BEGIN SELECT RAISE(ABORT, 'VERI*FACTU records cannot be changed'); END)",
    R"(CREATE TRIGGER verifactu_records_are_kept BEFORE DELETE ON verifactu_records
       BEGIN SELECT RAISE(ABORT, 'VERI*FACTU records cannot be deleted'); END)",
};

Result<void> toVersion8(Database &db)
{
    for (const char *statement : verifactuV8)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::SQLite) {
        for (const char *statement : verifactuV8Sqlite)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
        return {};
    }
    // PostgreSQL: only the sending state may change; every other column (those added later too) is
    // the legal record.
    for (const char *statement : {R"(CREATE FUNCTION ordo_verifactu_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'VERI*FACTU records cannot be deleted'; END IF;
         IF to_jsonb(NEW) - ARRAY['state', 'sent_at', 'csv', 'answer', 'attempts', 'error_code', 'last_attempt_at']
            IS DISTINCT FROM to_jsonb(OLD) - ARRAY['state', 'sent_at', 'csv', 'answer', 'attempts', 'error_code', 'last_attempt_at'] THEN
           RAISE EXCEPTION 'VERI*FACTU records cannot be changed';
         END IF;
         RETURN NEW;
       END $$)",
                                  R"(CREATE TRIGGER verifactu_records_are_immutable BEFORE UPDATE OR DELETE ON verifactu_records
       FOR EACH ROW EXECUTE FUNCTION ordo_verifactu_guard())"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

// Version 9: events keep facts, not prose. `args` holds the raw values of what happened (a visit's
// kind, person and times; an invoice's number and total in cents; why a move was made) as JSON, and
// the history is worded when it is shown, in the reader's language. Rows written before keep ''
// there and are shown as they were stored.
Result<void> toVersion9(Database &db)
{
    if (auto r = db.run(QStringLiteral("ALTER TABLE order_events ADD COLUMN args TEXT NOT NULL DEFAULT ''")); !r)
        return r.error();
    return {};
}

// Version 10: who is working. Every staff member has an account (a username, and a password or PIN
// when the owner wants one, hashed with Argon2id); the permissions of each access role, editable by
// the owner; API tokens for scheduled jobs (only a hash kept); a log of sign-ins; invoices and mails
// remember who issued and sent them.
const char *const accountsV10[] = {
    R"(CREATE TABLE accounts (
        staff_id BIGINT PRIMARY KEY REFERENCES staff (id),
        username TEXT NOT NULL,
        secret_kind TEXT NOT NULL DEFAULT 'none',
        secret_hash TEXT NOT NULL DEFAULT '',
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_until BIGINT NOT NULL DEFAULT 0,
        last_sign_in BIGINT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE UNIQUE INDEX accounts_by_username ON accounts (lower(username)))",
    R"(CREATE TABLE role_permissions (
        role TEXT NOT NULL,
        permission TEXT NOT NULL,
        PRIMARY KEY (role, permission)))",
    R"(CREATE TABLE api_tokens (
        id {pk},
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        prefix TEXT NOT NULL UNIQUE,
        secret_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        revoked_at BIGINT,
        last_used_at BIGINT))",
    R"(CREATE TABLE sign_ins (
        id {pk},
        at BIGINT NOT NULL,
        username TEXT NOT NULL,
        staff_id BIGINT,
        ok INTEGER NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX sign_ins_by_at ON sign_ins (at))",
    R"(ALTER TABLE invoices ADD COLUMN issued_by TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE email_log ADD COLUMN sent_by TEXT NOT NULL DEFAULT '')",
    R"(INSERT INTO settings (key, value) VALUES ('security.require_secret', '0'), ('security.idle_lock_minutes', '0'),
        ('security.unsigned_changes', 'allow'))",
    R"(INSERT INTO change_counters (name) VALUES ('accounts'))",
};

Result<void> toVersion10(Database &db)
{
    for (const char *statement : accountsV10)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::PostgreSQL)
        for (const char *table : {"accounts", "role_permissions", "api_tokens"})
            if (auto r = db.run(QStringLiteral("CREATE TRIGGER %1_counted AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                               "FOR EACH STATEMENT EXECUTE FUNCTION ordo_count_change('accounts')")
                                    .arg(QString::fromLatin1(table)));
                !r)
                return r.error();
    if (db.dialect() == Database::Dialect::SQLite)
        for (const char *table : {"accounts", "role_permissions", "api_tokens"})
            for (const char *op : {"INSERT", "UPDATE", "DELETE"})
                if (auto r = db.run(QStringLiteral("CREATE TRIGGER %1_%2_counted AFTER %3 ON %1 BEGIN "
                                                   "UPDATE change_counters SET n = n + 1 WHERE name = 'accounts'; END")
                                        .arg(QString::fromLatin1(table), QString::fromLatin1(op).toLower(),
                                             QString::fromLatin1(op)));
                    !r)
                    return r.error();
    for (AccessRole role : allAccessRoles()) {
        const Permissions granted = defaultPermissions(role);
        for (Permission p : allPermissions())
            if (granted.has(p))
                if (auto r = db.run(QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES (?, ?)"),
                                    {toKey(role), toKey(p)});
                    !r)
                    return r.error();
    }
    // The people already in the company get an account each, without a password: nobody is locked
    // out by the upgrade; the owner then decides who needs a PIN.
    auto staff = db.run(QStringLiteral("SELECT id, name FROM staff ORDER BY id"));
    if (!staff)
        return staff.error();
    QSet<QString> taken;
    QList<QPair<qint64, QString>> people;
    while (staff->next())
        people.append({staff->value(0).toLongLong(), staff->value(1).toString()});
    const qint64 now = Clock::nowSecs();
    for (const auto &[id, name] : people) {
        const QString username = uniqueUsername(name, taken);
        taken.insert(username.toLower());
        if (auto r = db.run(QStringLiteral("INSERT INTO accounts (staff_id, username, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?)"),
                            {id, username, now, now});
            !r)
            return r.error();
    }
    return {};
}

// Version 11: invoices as the law reads them. What is printed comes from what was stored at issue
// (the issuer's whole profile, kept once per distinct content in issuer_profiles); simplified
// invoices; one whole invoice per order (partial and advance invoices are chosen explicitly);
// rectifying invoices by substitution or by difference; why a line carries no VAT; the document's
// language; a second hash version that also covers the customer, the order and the VAT breakdown;
// anchors of the chain recorded outside the invoice rows (backups, weekly reports).
const char *const invoicesV11[] = {
    R"(ALTER TABLE invoices ADD COLUMN simplified INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE invoices ADD COLUMN billing TEXT NOT NULL DEFAULT 'whole')",
    R"(ALTER TABLE invoices ADD COLUMN rectification_method TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE invoices ADD COLUMN language TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE invoices ADD COLUMN issuer_profile TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE invoices ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1)",
    R"(ALTER TABLE invoice_lines ADD COLUMN tax_cause TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT 'es')",
    R"(CREATE TABLE issuer_profiles (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        created_at BIGINT NOT NULL))",
    R"(CREATE TABLE chain_anchors (
        id {pk},
        at BIGINT NOT NULL,
        chain_index BIGINT NOT NULL,
        invoice_number TEXT NOT NULL,
        hash TEXT NOT NULL,
        source TEXT NOT NULL))",
    // Invoices issued twice for one order before this version stay, marked as partial: they were.
    R"(UPDATE invoices SET billing = 'partial' WHERE kind = 'standard' AND status <> 'draft' AND order_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM invoices e WHERE e.order_id = invoices.order_id AND e.kind = 'standard'
                    AND e.status <> 'draft' AND e.chain_index < invoices.chain_index))",
    R"(CREATE UNIQUE INDEX invoices_one_whole_per_order ON invoices (order_id)
        WHERE kind = 'standard' AND billing = 'whole' AND status <> 'draft')",
    R"(CREATE INDEX invoices_rectifying_by_original ON invoices (rectifies_id) WHERE rectifies_id IS NOT NULL)",
    R"(INSERT INTO settings (key, value) VALUES ('invoice.simplified_series', 'S'),
        ('invoice.simplified_limit_cents', '40000'))",
};

// The immutability trigger now also guards the new columns and the order an invoice belongs to.
const char *const invoicesV11Sqlite[] = {
    R"(DROP TRIGGER invoices_issued_are_immutable)",
    R"(CREATE TRIGGER invoices_issued_are_immutable BEFORE UPDATE ON invoices
       WHEN old.status <> 'draft' AND (new.status = 'draft' OR new.number IS NOT old.number OR new.kind <> old.kind
         OR new.series <> old.series OR new.customer_id <> old.customer_id OR new.rectifies_id IS NOT old.rectifies_id
         OR new.order_id IS NOT old.order_id OR new.year IS NOT old.year OR new.sequence IS NOT old.sequence
         OR new.rectification_reason <> old.rectification_reason OR new.issued_at IS NOT old.issued_at
         OR new.operation_date <> old.operation_date OR new.due_at IS NOT old.due_at OR new.issuer_name <> old.issuer_name
         OR new.issuer_tax_id <> old.issuer_tax_id OR new.issuer_address <> old.issuer_address
         OR new.customer_name <> old.customer_name OR new.customer_tax_id <> old.customer_tax_id
         OR new.customer_address <> old.customer_address OR new.notes <> old.notes OR new.base_cents <> old.base_cents
         OR new.vat_cents <> old.vat_cents OR new.total_cents <> old.total_cents OR new.chain_index IS NOT old.chain_index
         OR new.previous_hash <> old.previous_hash OR new.hash <> old.hash OR new.simplified <> old.simplified
         OR new.billing <> old.billing OR new.rectification_method <> old.rectification_method
         OR new.language <> old.language OR new.issuer_profile <> old.issuer_profile
         OR new.hash_version <> old.hash_version OR new.issued_by <> old.issued_by)
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER invoice_vat_frozen_update BEFORE UPDATE ON invoice_vat
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER invoice_vat_frozen_delete BEFORE DELETE ON invoice_vat
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER issuer_profiles_are_immutable BEFORE UPDATE ON issuer_profiles
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be changed'); END)",
    R"(CREATE TRIGGER issuer_profiles_are_kept BEFORE DELETE ON issuer_profiles
       BEGIN SELECT RAISE(ABORT, 'issued invoices cannot be deleted'); END)",
    R"(CREATE TRIGGER chain_anchors_are_kept BEFORE DELETE ON chain_anchors
       BEGIN SELECT RAISE(ABORT, 'chain anchors cannot be deleted'); END)",
    R"(CREATE TRIGGER chain_anchors_are_immutable BEFORE UPDATE ON chain_anchors
       BEGIN SELECT RAISE(ABORT, 'chain anchors cannot be changed'); END)",
};

// Version 12: sending VERI*FACTU records to the AEAT. Each record keeps the AEAT's answer (its state,
// the CSV of the submission, the error code and text in `answer`), how often it was tried and when;
// a registro de alta that corrects a rejected one (subsanación) names it, immutably. One row says
// when the next submission is allowed (the AEAT's TiempoEsperaEnvio, or a back-off after a
// failure) and what went wrong last.
const char *const verifactuSendingV12[] = {
    R"(ALTER TABLE verifactu_records ADD COLUMN error_code TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE verifactu_records ADD COLUMN last_attempt_at BIGINT)",
    R"(ALTER TABLE verifactu_records ADD COLUMN corrects BIGINT REFERENCES verifactu_records (id))",
    R"(CREATE TABLE verifactu_sending (
        id BIGINT PRIMARY KEY,
        next_send_at BIGINT NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        last_attempt_at BIGINT,
        last_error TEXT NOT NULL DEFAULT '',
        last_csv TEXT NOT NULL DEFAULT ''))",
    R"(INSERT INTO verifactu_sending (id) VALUES (1))",
    R"(INSERT INTO settings (key, value) VALUES
        ('verifactu.endpoint_test', 'https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP'),
        ('verifactu.endpoint_production', 'https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP'))",
};

Result<void> toVersion11(Database &db)
{
    for (const char *statement : invoicesV11)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::SQLite) {
        for (const char *statement : invoicesV11Sqlite)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
        return {};
    }
    // PostgreSQL: the invoice guard of version 4 already covers every column; the new tables get theirs.
    for (const char *statement :
         {R"(CREATE TRIGGER invoice_vat_frozen BEFORE UPDATE OR DELETE ON invoice_vat
             FOR EACH ROW EXECUTE FUNCTION ordo_refuse('issued invoices cannot be changed'))",
          R"(CREATE TRIGGER issuer_profiles_are_immutable BEFORE UPDATE ON issuer_profiles
             FOR EACH ROW EXECUTE FUNCTION ordo_refuse('issued invoices cannot be changed'))",
          R"(CREATE TRIGGER issuer_profiles_are_kept BEFORE DELETE ON issuer_profiles
             FOR EACH ROW EXECUTE FUNCTION ordo_refuse('issued invoices cannot be deleted'))",
          R"(CREATE TRIGGER chain_anchors_are_kept BEFORE DELETE ON chain_anchors
             FOR EACH ROW EXECUTE FUNCTION ordo_refuse('chain anchors cannot be deleted'))",
          R"(CREATE TRIGGER chain_anchors_are_immutable BEFORE UPDATE ON chain_anchors
             FOR EACH ROW EXECUTE FUNCTION ordo_refuse('chain anchors cannot be changed'))"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

Result<void> toVersion12(Database &db)
{
    for (const char *statement : verifactuSendingV12)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::SQLite) {
        // The record a subsanación corrects is part of its content: as immutable as the rest.
        if (auto r = db.run(QStringLiteral("DROP TRIGGER verifactu_records_are_immutable")); !r)
            return r.error();
        QString trigger = QString::fromUtf8(verifactuV8Sqlite[0]);
        trigger.replace(QStringLiteral("OR new.created_at <> old.created_at"),
                        QStringLiteral("OR new.created_at <> old.created_at OR new.corrects IS NOT old.corrects"));
        if (auto r = db.run(trigger); !r)
            return r.error();
    }
    return {};
}

// Version 13: customers book their own visits on the company server. A booking remembers the order
// and visit it made and how the customer was matched; the secret of its change/cancel link is kept
// only as a hash. Mail that a use case decides to send waits in an outbox, written in the same
// transaction, until the mail server took it.
const char *const bookingV13[] = {
    R"(CREATE TABLE online_bookings (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        appointment_id BIGINT REFERENCES appointments (id) ON DELETE SET NULL,
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        token_hash TEXT NOT NULL UNIQUE,
        manage_until BIGINT NOT NULL,
        customer_match TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'es',
        request_key TEXT UNIQUE,
        created_at BIGINT NOT NULL,
        changed_at BIGINT,
        cancelled_at BIGINT))",
    R"(CREATE INDEX online_bookings_by_order ON online_bookings (order_id))",
    R"(CREATE TABLE mail_outbox (
        id {pk},
        created_at BIGINT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        to_address TEXT NOT NULL,
        reply_to TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        attachment_name TEXT NOT NULL DEFAULT '',
        attachment_type TEXT NOT NULL DEFAULT '',
        attachment TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        next_attempt_at BIGINT NOT NULL,
        sent_at BIGINT))",
    R"(CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL)",
};

Result<void> toVersion13(Database &db)
{
    for (const char *statement : bookingV13)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    return {};
}

// Version 14: the technicians' phones. A phone is paired once with a one-time code the office
// gives (kept hashed), then holds a device token (hashed here, revocable) and signs in with the
// person's PIN for a session (hashed, expiring). What a technician does on site arrives as actions,
// each with the key the phone made for it, so a retried or duplicated submission is applied once;
// photos and signatures belong to the order.
const char *const phonesV14[] = {
    R"(CREATE TABLE phone_pairing_codes (
        code_hash TEXT PRIMARY KEY,
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        expires_at BIGINT NOT NULL,
        used_at BIGINT,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL))",
    R"(CREATE TABLE phone_devices (
        id {pk},
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL,
        last_seen_at BIGINT,
        revoked_at BIGINT))",
    R"(CREATE INDEX phone_devices_by_staff ON phone_devices (staff_id))",
    R"(CREATE TABLE phone_sessions (
        token_hash TEXT PRIMARY KEY,
        device_id BIGINT NOT NULL REFERENCES phone_devices (id) ON DELETE CASCADE,
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL))",
    R"(CREATE TABLE field_actions (
        id {pk},
        staff_id BIGINT NOT NULL REFERENCES staff (id),
        idempotency_key TEXT NOT NULL,
        appointment_id BIGINT NOT NULL,
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        done_at BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        outcome TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        UNIQUE (staff_id, idempotency_key)))",
    R"(CREATE INDEX field_actions_by_appointment ON field_actions (appointment_id, id))",
    R"(CREATE TABLE order_photos (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        appointment_id BIGINT,
        kind TEXT NOT NULL DEFAULT 'photo',
        mime TEXT NOT NULL,
        data TEXT NOT NULL,
        bytes BIGINT NOT NULL,
        signer TEXT NOT NULL DEFAULT '',
        taken_at BIGINT NOT NULL,
        staff_id BIGINT REFERENCES staff (id)))",
    R"(CREATE INDEX order_photos_by_order ON order_photos (order_id, id))",
};

Result<void> toVersion14(Database &db)
{
    for (const char *statement : phonesV14)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    return {};
}

// Version 15: who marked a review item handled, and when (several at once from the review's
// checklist); invoices found by their amount through an index (the invoices list's search); the
// customers' list paged in Spanish order ("Castillo Álvarez" before "Castillo Sánchez") through a
// sort key written with the name (collation::sortKey).
const char *const frontDeskV15[] = {
    R"(ALTER TABLE review_items ADD COLUMN handled_by TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE review_items ADD COLUMN handled_at BIGINT)",
    R"(CREATE INDEX invoices_by_total ON invoices (total_cents))",
    R"(ALTER TABLE customers ADD COLUMN sort_name TEXT NOT NULL DEFAULT '')",
};

Result<void> toVersion15(Database &db)
{
    for (const char *statement : frontDeskV15)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    auto names = db.run(QStringLiteral("SELECT id, name FROM customers"));
    if (!names)
        return names.error();
    QList<QPair<qint64, QString>> keys;
    while (names->next())
        keys.append({names->value(0).toLongLong(), collation::sortKey(names->value(1).toString())});
    names->finish();
    for (const auto &[id, key] : keys)
        if (auto r = db.run(QStringLiteral("UPDATE customers SET sort_name = ? WHERE id = ?"), {key, id}); !r)
            return r.error();
    if (auto r = db.run(QStringLiteral("CREATE INDEX customers_by_sort_name ON customers (sort_name, id)")); !r)
        return r.error();
    return {};
}

// Version 16: quotes (presupuestos) as issued from an order: numbered per order, the lines and the
// customer's data copied at issue (JSON, as printed), the validity and conditions, and the customer's
// answer (accepted or refused: when, by whom, recorded by whom).
const char *const quotesV16[] = {
    R"(CREATE TABLE quotes (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        number TEXT NOT NULL,
        customer_id BIGINT NOT NULL,
        customer TEXT NOT NULL,
        lines TEXT NOT NULL,
        total_cents BIGINT NOT NULL,
        valid_until TEXT NOT NULL,
        conditions TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'es',
        issued_at BIGINT NOT NULL,
        issued_by TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'issued',
        sent_at BIGINT,
        sent_to TEXT NOT NULL DEFAULT '',
        decided_on TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT,
        decision_note TEXT NOT NULL DEFAULT '',
        UNIQUE (order_id, version)))",
};

Result<void> toVersion16(Database &db)
{
    for (const char *statement : quotesV16)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    return {};
}

// Version 17: the price catalogue (Settings › Price catalogue…): products and services picked while
// typing a line. Listed by code (the unique code_key, case folded) with or without the inactive
// ones; the active ones have a partial index of their own, which the search reads through.
const char *const catalogueV17[] = {
    R"(CREATE TABLE catalogue_items (
        id {pk},
        code TEXT NOT NULL,
        code_key TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        search_text TEXT NOT NULL DEFAULT '',
        unit_price_cents BIGINT NOT NULL,
        vat_rate INTEGER NOT NULL,
        unit TEXT NOT NULL DEFAULT 'ud',
        kind TEXT NOT NULL DEFAULT 'product',
        active INTEGER NOT NULL DEFAULT 1,
        version BIGINT NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX catalogue_active_by_code ON catalogue_items (code_key) WHERE active = 1)",
};

Result<void> toVersion17(Database &db)
{
    for (const char *statement : catalogueV17)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    return {};
}

// Version 18: figures kept as history is written, so that what the board and the weekly report show
// costs the same after ten years as after one. step_orders: how many orders each step holds (the
// closed columns' totals). ledger_days, per UTC day (epoch seconds of its 00:00 UTC): the totals of
// standard invoices issued that day, of standard invoices by the later of their issue and due days
// (what is due by a date), and of the payments made that day. A sum up to a moment is the kept days
// before that moment's UTC day plus that last part-day read live (see WeeklyReport). Kept by triggers
// in the same transaction as each change (any writer: desktop, ordo-cli, ordo-server, imports);
// filled from the history here.
const char *const keptFiguresV18[] = {
    R"(CREATE TABLE step_orders (
        step_id BIGINT PRIMARY KEY,
        orders BIGINT NOT NULL DEFAULT 0))",
    R"(CREATE TABLE ledger_days (
        day BIGINT PRIMARY KEY,
        invoiced_cents BIGINT NOT NULL DEFAULT 0,
        due_cents BIGINT NOT NULL DEFAULT 0,
        paid_cents BIGINT NOT NULL DEFAULT 0))",
    R"(INSERT INTO step_orders (step_id, orders) SELECT step_id, count(*) FROM work_orders GROUP BY step_id)",
    R"(INSERT INTO ledger_days (day, invoiced_cents, due_cents, paid_cents)
       SELECT day, sum(invoiced), sum(due), sum(paid) FROM (
         SELECT issued_at - issued_at % 86400 AS day, total_cents AS invoiced, 0 AS due, 0 AS paid FROM invoices
           WHERE kind = 'standard' AND issued_at IS NOT NULL
         UNION ALL
         SELECT CASE WHEN due_at > issued_at THEN due_at - due_at % 86400 ELSE issued_at - issued_at % 86400 END,
                0, total_cents, 0 FROM invoices WHERE kind = 'standard' AND issued_at IS NOT NULL AND due_at IS NOT NULL
         UNION ALL
         SELECT paid_at - paid_at % 86400, 0, 0, amount_cents FROM payments) AS kept
       GROUP BY day)",
};

// The day keys, as SQL on a row `r` (new or old).
#define ORDO_ISSUE_DAY(r) r ".issued_at - " r ".issued_at % 86400"
#define ORDO_DUE_DAY(r) "CASE WHEN " r ".due_at > " r ".issued_at THEN " r ".due_at - " r ".due_at % 86400 ELSE " r ".issued_at - " r ".issued_at % 86400 END"
#define ORDO_PAID_DAY(r) r ".paid_at - " r ".paid_at % 86400"

// SQLite keeps them with triggers, one per change and figure; an UPSERT adds to the day's row.
#define ORDO_ADD(column, day, amount, condition)                                                                      \
    "INSERT INTO ledger_days (day, " column ") SELECT " day ", " amount " WHERE " condition                          \
    " ON CONFLICT (day) DO UPDATE SET " column " = " column " + excluded." column ";"
#define ORDO_STANDARD(r) r ".kind = 'standard' AND " r ".issued_at IS NOT NULL"
#define ORDO_DUE(r) ORDO_STANDARD(r) " AND " r ".due_at IS NOT NULL"
#define ORDO_INVOICE_OUT(r, sign)                                                                                     \
    ORDO_ADD("invoiced_cents", ORDO_ISSUE_DAY(r), sign r ".total_cents", ORDO_STANDARD(r))                            \
    ORDO_ADD("due_cents", ORDO_DUE_DAY(r), sign r ".total_cents", ORDO_DUE(r))

const char *const keptFiguresV18Sqlite[] = {
    R"(CREATE TRIGGER step_orders_insert AFTER INSERT ON work_orders BEGIN
         INSERT INTO step_orders (step_id, orders) VALUES (new.step_id, 1)
           ON CONFLICT (step_id) DO UPDATE SET orders = orders + 1;
       END)",
    R"(CREATE TRIGGER step_orders_update AFTER UPDATE OF step_id ON work_orders WHEN new.step_id IS NOT old.step_id BEGIN
         UPDATE step_orders SET orders = orders - 1 WHERE step_id = old.step_id;
         INSERT INTO step_orders (step_id, orders) VALUES (new.step_id, 1)
           ON CONFLICT (step_id) DO UPDATE SET orders = orders + 1;
       END)",
    R"(CREATE TRIGGER step_orders_delete AFTER DELETE ON work_orders BEGIN
         UPDATE step_orders SET orders = orders - 1 WHERE step_id = old.step_id;
       END)",
    "CREATE TRIGGER ledger_days_invoice_insert AFTER INSERT ON invoices WHEN " ORDO_STANDARD("new") " BEGIN "
        ORDO_INVOICE_OUT("new", "") " END",
    "CREATE TRIGGER ledger_days_invoice_update AFTER UPDATE OF kind, issued_at, due_at, total_cents ON invoices "
    "WHEN new.kind IS NOT old.kind OR new.issued_at IS NOT old.issued_at OR new.due_at IS NOT old.due_at "
    "OR new.total_cents IS NOT old.total_cents BEGIN "
        ORDO_INVOICE_OUT("old", "-") ORDO_INVOICE_OUT("new", "") " END",
    "CREATE TRIGGER ledger_days_invoice_delete AFTER DELETE ON invoices WHEN " ORDO_STANDARD("old") " BEGIN "
        ORDO_INVOICE_OUT("old", "-") " END",
    "CREATE TRIGGER ledger_days_payment_insert AFTER INSERT ON payments BEGIN "
        ORDO_ADD("paid_cents", ORDO_PAID_DAY("new"), "new.amount_cents", "1 = 1") " END",
    "CREATE TRIGGER ledger_days_payment_update AFTER UPDATE OF paid_at, amount_cents ON payments BEGIN "
        ORDO_ADD("paid_cents", ORDO_PAID_DAY("old"), "-old.amount_cents", "1 = 1")
        ORDO_ADD("paid_cents", ORDO_PAID_DAY("new"), "new.amount_cents", "1 = 1") " END",
    "CREATE TRIGGER ledger_days_payment_delete AFTER DELETE ON payments BEGIN "
        ORDO_ADD("paid_cents", ORDO_PAID_DAY("old"), "-old.amount_cents", "1 = 1") " END",
};

// PostgreSQL's twin: one PL/pgSQL function per table, fired after each row's change.
const char *const keptFiguresV18Postgres[] = {
    R"(CREATE FUNCTION ordo_step_orders() RETURNS trigger AS $body$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           UPDATE step_orders SET orders = orders - 1 WHERE step_id = OLD.step_id;
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           INSERT INTO step_orders (step_id, orders) VALUES (NEW.step_id, 1)
             ON CONFLICT (step_id) DO UPDATE SET orders = step_orders.orders + 1;
         END IF;
         RETURN NULL;
       END $body$ LANGUAGE plpgsql)",
    R"(CREATE TRIGGER step_orders_kept AFTER INSERT OR DELETE OR UPDATE OF step_id ON work_orders
       FOR EACH ROW EXECUTE FUNCTION ordo_step_orders())",
    R"(CREATE FUNCTION ordo_ledger_add(d BIGINT, invoiced BIGINT, due BIGINT, paid BIGINT) RETURNS void AS $body$
         INSERT INTO ledger_days (day, invoiced_cents, due_cents, paid_cents) VALUES (d, invoiced, due, paid)
           ON CONFLICT (day) DO UPDATE SET invoiced_cents = ledger_days.invoiced_cents + invoiced,
             due_cents = ledger_days.due_cents + due, paid_cents = ledger_days.paid_cents + paid
       $body$ LANGUAGE sql)",
    R"(CREATE FUNCTION ordo_ledger_invoices() RETURNS trigger AS $body$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind = 'standard' AND OLD.issued_at IS NOT NULL THEN
           PERFORM ordo_ledger_add(OLD.issued_at - OLD.issued_at % 86400, -OLD.total_cents, 0, 0);
           IF OLD.due_at IS NOT NULL THEN
             PERFORM ordo_ledger_add(GREATEST(OLD.issued_at, OLD.due_at) - GREATEST(OLD.issued_at, OLD.due_at) % 86400,
                                     0, -OLD.total_cents, 0);
           END IF;
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind = 'standard' AND NEW.issued_at IS NOT NULL THEN
           PERFORM ordo_ledger_add(NEW.issued_at - NEW.issued_at % 86400, NEW.total_cents, 0, 0);
           IF NEW.due_at IS NOT NULL THEN
             PERFORM ordo_ledger_add(GREATEST(NEW.issued_at, NEW.due_at) - GREATEST(NEW.issued_at, NEW.due_at) % 86400,
                                     0, NEW.total_cents, 0);
           END IF;
         END IF;
         RETURN NULL;
       END $body$ LANGUAGE plpgsql)",
    R"(CREATE TRIGGER ledger_days_invoices AFTER INSERT OR DELETE OR UPDATE OF kind, issued_at, due_at, total_cents
       ON invoices FOR EACH ROW EXECUTE FUNCTION ordo_ledger_invoices())",
    R"(CREATE FUNCTION ordo_ledger_payments() RETURNS trigger AS $body$
       BEGIN
         IF TG_OP IN ('UPDATE', 'DELETE') THEN
           PERFORM ordo_ledger_add(OLD.paid_at - OLD.paid_at % 86400, 0, 0, -OLD.amount_cents);
         END IF;
         IF TG_OP IN ('INSERT', 'UPDATE') THEN
           PERFORM ordo_ledger_add(NEW.paid_at - NEW.paid_at % 86400, 0, 0, NEW.amount_cents);
         END IF;
         RETURN NULL;
       END $body$ LANGUAGE plpgsql)",
    R"(CREATE TRIGGER ledger_days_payments AFTER INSERT OR DELETE OR UPDATE OF paid_at, amount_cents
       ON payments FOR EACH ROW EXECUTE FUNCTION ordo_ledger_payments())",
};

#undef ORDO_INVOICE_OUT
#undef ORDO_DUE
#undef ORDO_STANDARD
#undef ORDO_ADD
#undef ORDO_PAID_DAY
#undef ORDO_DUE_DAY
#undef ORDO_ISSUE_DAY

Result<void> toVersion18(Database &db)
{
    for (const char *statement : keptFiguresV18)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::SQLite) {
        for (const char *statement : keptFiguresV18Sqlite)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
    } else {
        for (const char *statement : keptFiguresV18Postgres)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
    }
    return {};
}

// Version 19: assets at the customer's site (issue 21). An asset is one thing installed at a site
// (a window, a blind, a boiler) with its own notes and photos; asset_orders says which orders were
// about it and why (installed, repair, maintenance, service), which is what its history and the
// failure figures read. An asset registered from an order's line remembers the line and the unit
// (a line of three windows is three assets), unique, so the same line is never registered twice.
// Maintenance plans generate orders ahead of their due date; maintenance_runs has one row per plan
// and due date, unique, so a plan's date never makes two orders however often the run is started.
const char *const assetsV19[] = {
    R"(CREATE TABLE assets (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        site_id BIGINT REFERENCES sites (id),
        asset_type TEXT NOT NULL,
        model TEXT NOT NULL DEFAULT '',
        specification TEXT NOT NULL DEFAULT '',
        serial TEXT NOT NULL DEFAULT '',
        installed_on TEXT NOT NULL DEFAULT '',
        warranty_until TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        source_order_id BIGINT REFERENCES work_orders (id),
        source_line INTEGER,
        source_unit INTEGER,
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        updated_at BIGINT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX assets_by_customer ON assets (customer_id, id))",
    R"(CREATE INDEX assets_by_site ON assets (site_id))",
    R"(CREATE INDEX assets_by_warranty ON assets (warranty_until) WHERE active = 1)",
    R"(CREATE UNIQUE INDEX assets_by_source_line ON assets (source_order_id, source_line, source_unit))",
    R"(CREATE TABLE asset_orders (
        asset_id BIGINT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT 'service',
        linked_at BIGINT NOT NULL,
        PRIMARY KEY (asset_id, order_id)))",
    R"(CREATE INDEX asset_orders_by_order ON asset_orders (order_id))",
    R"(CREATE TABLE asset_notes (
        id {pk},
        asset_id BIGINT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
        at BIGINT NOT NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL))",
    R"(CREATE INDEX asset_notes_by_asset ON asset_notes (asset_id, at))",
    R"(CREATE TABLE asset_photos (
        id {pk},
        asset_id BIGINT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
        mime TEXT NOT NULL,
        data TEXT NOT NULL,
        bytes BIGINT NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        taken_at BIGINT NOT NULL,
        added_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX asset_photos_by_asset ON asset_photos (asset_id, id))",
    R"(CREATE TABLE maintenance_plans (
        id {pk},
        customer_id BIGINT NOT NULL REFERENCES customers (id),
        site_id BIGINT REFERENCES sites (id),
        asset_id BIGINT REFERENCES assets (id),
        title TEXT NOT NULL,
        job_type TEXT NOT NULL DEFAULT '',
        every_months INTEGER NOT NULL DEFAULT 0,
        first_due TEXT NOT NULL,
        ends_on TEXT NOT NULL DEFAULT '',
        lead_days INTEGER NOT NULL DEFAULT 30,
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        version BIGINT NOT NULL DEFAULT 1))",
    R"(CREATE INDEX maintenance_plans_active ON maintenance_plans (id) WHERE active = 1)",
    R"(CREATE TABLE maintenance_runs (
        id {pk},
        plan_id BIGINT NOT NULL REFERENCES maintenance_plans (id) ON DELETE CASCADE,
        due_on TEXT NOT NULL,
        order_id BIGINT REFERENCES work_orders (id),
        generated_at BIGINT NOT NULL,
        UNIQUE (plan_id, due_on)))",
};

Result<void> toVersion19(Database &db)
{
    for (const char *statement : assetsV19)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    return {};
}

// Version 20: every stay of an order in a step kept as a row (issue 20), so that the weekly report's
// step times and the process evaluation read the stays instead of pairing each move with its entry
// over all history. A stay begins with the event that brought the order into the step (created or
// step_moved; its id is the stay's), ends when the next such event of the order comes (left_at,
// NULL while the order is there), and first_act_at is the time of the order's next event of any kind
// after the entry (a responsible's reassignment does not count): how long the order waited before
// someone acted. The order of an order's events is (at, id), as the reports always read it; triggers
// keep the stays in the same transaction as each event, including one written with an earlier time
// than events already there (the demo writes notes after the moves). History is appended, never
// rewritten: events are deleted only with their order, and its stays go with it.
const char *const orderStaysV20[] = {
    R"(CREATE TABLE order_stays (
        id {pk},
        order_id BIGINT NOT NULL REFERENCES work_orders (id) ON DELETE CASCADE,
        step_id BIGINT,
        entered_at BIGINT NOT NULL,
        left_at BIGINT,
        first_act_at BIGINT))",
    R"(INSERT INTO order_stays (id, order_id, step_id, entered_at, left_at, first_act_at)
       SELECT id, order_id, to_step_id, at, LEAD(at) OVER (PARTITION BY order_id ORDER BY at, id), next_act
       FROM (SELECT id, order_id, to_step_id, at, kind,
               LEAD(at) OVER (PARTITION BY order_id ORDER BY at, id) AS next_act
             FROM order_events WHERE NOT (kind = 'assigned' AND field = 'responsible')) AS ev
       WHERE kind IN ('created', 'step_moved'))",
    // An order's stays in its history's order: the triggers' neighbours, and the process evaluation,
    // which reads every stay of the orders it counts from this index alone.
    R"(CREATE INDEX order_stays_by_order ON order_stays (order_id, entered_at, id, step_id, left_at, first_act_at))",
    // Stays that ended in a range of time (the weekly report), read from the index alone.
    R"(CREATE INDEX order_stays_by_left ON order_stays (left_at, step_id, entered_at) WHERE left_at IS NOT NULL)",
    // Entries into the steps in a range of time (the weekly report), read from the index alone.
    R"(CREATE INDEX order_stays_by_entered ON order_stays (entered_at, step_id))",
    // Where the invoice chain ended at a moment: the last invoice issued before it, by one index seek.
    R"(CREATE INDEX invoices_chain_by_issue ON invoices (issued_at, chain_index) WHERE chain_index IS NOT NULL)",
};

// The stay before (at, id) of the order, and the one after it. ORDO_RESPONSIBLE: a reassignment.
#define ORDO_STAY_BEFORE(r)                                                                                           \
    "(SELECT id FROM order_stays WHERE order_id = " r ".order_id AND entered_at <= " r ".at AND (entered_at < " r     \
    ".at OR id < " r ".id) ORDER BY entered_at DESC, id DESC LIMIT 1)"
#define ORDO_STAY_AFTER_AT(r)                                                                                         \
    "(SELECT entered_at FROM order_stays WHERE order_id = " r ".order_id AND entered_at >= " r ".at AND (entered_at > " \
    r ".at OR id > " r ".id) ORDER BY entered_at, id LIMIT 1)"
#define ORDO_NEXT_ACT(r)                                                                                              \
    "(SELECT min(at) FROM order_events WHERE order_id = " r ".order_id AND at >= " r ".at AND (at > " r ".at OR id > " \
    r ".id) AND NOT (kind = 'assigned' AND field = 'responsible'))"
#define ORDO_ENTRY(r) r ".kind IN ('created', 'step_moved')"
#define ORDO_ACT(r) "NOT (" r ".kind = 'assigned' AND " r ".field = 'responsible')"
#define ORDO_ENTERED(r)                                                                                               \
    "UPDATE order_stays SET left_at = " r ".at WHERE id = " ORDO_STAY_BEFORE(r) ";"                                    \
    "INSERT INTO order_stays (id, order_id, step_id, entered_at, left_at, first_act_at) VALUES (" r ".id, " r          \
    ".order_id, " r ".to_step_id, " r ".at, " ORDO_STAY_AFTER_AT(r) ", " ORDO_NEXT_ACT(r) ");"
#define ORDO_ACTED(r)                                                                                                 \
    "UPDATE order_stays SET first_act_at = " r ".at WHERE id = " ORDO_STAY_BEFORE(r) " AND (first_act_at IS NULL OR " \
    "first_act_at > " r ".at);"

const char *const orderStaysV20Sqlite[] = {
    "CREATE TRIGGER order_stays_entered AFTER INSERT ON order_events WHEN " ORDO_ENTRY("new") " BEGIN "
        ORDO_ENTERED("new") " END",
    "CREATE TRIGGER order_stays_acted AFTER INSERT ON order_events WHEN " ORDO_ACT("new") " BEGIN "
        ORDO_ACTED("new") " END",
};

// PostgreSQL's twin: the same statements in one PL/pgSQL function, fired after each event written.
const char *const orderStaysV20Postgres[] = {
    "CREATE FUNCTION ordo_order_stays() RETURNS trigger AS $body$ "
    "BEGIN "
    "  IF " ORDO_ENTRY("NEW") " THEN " ORDO_ENTERED("NEW") " END IF; "
    "  IF " ORDO_ACT("NEW") " THEN " ORDO_ACTED("NEW") " END IF; "
    "  RETURN NULL; "
    "END $body$ LANGUAGE plpgsql",
    "CREATE TRIGGER order_stays_kept AFTER INSERT ON order_events FOR EACH ROW EXECUTE FUNCTION ordo_order_stays()",
};

#undef ORDO_ACTED
#undef ORDO_ENTERED
#undef ORDO_ACT
#undef ORDO_ENTRY
#undef ORDO_NEXT_ACT
#undef ORDO_STAY_AFTER_AT
#undef ORDO_STAY_BEFORE

Result<void> toVersion20(Database &db)
{
    for (const char *statement : orderStaysV20)
        if (auto r = db.run(db.ddl(QString::fromUtf8(statement))); !r)
            return r.error();
    if (db.dialect() == Database::Dialect::SQLite) {
        for (const char *statement : orderStaysV20Sqlite)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
    } else {
        for (const char *statement : orderStaysV20Postgres)
            if (auto r = db.run(QString::fromUtf8(statement)); !r)
                return r.error();
    }
    return {};
}

// Version 21: a maintenance plan may hold to a season (issue 21): the months of the year its
// visits fall in, from season_from to season_to (1–12, wrapping past December; 0 and 0: all year).
// Air conditioning every month from June to September; a due date outside the season is skipped.
Result<void> toVersion21(Database &db)
{
    for (const char *statement : {"ALTER TABLE maintenance_plans ADD COLUMN season_from INTEGER NOT NULL DEFAULT 0",
                                  "ALTER TABLE maintenance_plans ADD COLUMN season_to INTEGER NOT NULL DEFAULT 0"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

// Version 22: the weekly report's people figures (visits, jobs finished per person over five weeks)
// read from the indexes alone (issue 20): the visits' index by start also holds the person and the
// status, the closed orders' index by step also the person and the creation. Five weeks of visits and closed orders
// were some 12,000 row lookups, half the report's time on 500,000 orders; the calendar's ranges
// by start read the same index.
Result<void> toVersion22(Database &db)
{
    for (const char *statement : {"DROP INDEX appointments_by_start",
                                  "CREATE INDEX appointments_by_start ON appointments (starts_at, staff_id, status)",
                                  "DROP INDEX work_orders_closed_by_step",
                                  // is_open too: SQLite 3.40 does not count the partial index's own condition
                                  // as a column it holds, and reads the row for it.
                                  "CREATE INDEX work_orders_closed_by_step ON work_orders "
                                  "(step_id, step_entered_at, assignee_id, created_at, is_open) WHERE is_open = 0"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

// Version 23: the weekly report's ten most overdue open orders read from an index of the open
// orders by due date (issue 20): with 12,000 open orders, finding the ten oldest due dates read
// and joined every one of them (14 ms of a 34 ms report).
Result<void> toVersion23(Database &db)
{
    // is_open too, so the index alone answers (see version 22).
    if (auto r = db.run(QStringLiteral("CREATE INDEX work_orders_open_by_due ON work_orders (due_at, is_open) WHERE is_open = 1")); !r)
        return r.error();
    return {};
}

// Version 24: the search indexes no longer merge their pieces inside the action that wrote them
// (issue 17). FTS5 merged its small segments as part of the write that crossed a threshold: one
// online booking in 64 took 30-45 ms instead of 3. ordo-server merges them while it is idle
// (search::tidy); FTS5's own "crisis" merge at 16 pieces of one size still bounds them when nobody does.
Result<void> toVersion24(Database &db)
{
    if (db.dialect() != Database::Dialect::SQLite)
        return {};
    for (const char *statement : {"INSERT INTO order_search (order_search, rank) VALUES ('automerge', 0)",
                                  "INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 0)"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

// Version 25: the calendar event of a booking keeps its UID. Bookings made so far sent
// "ordo-booking-<id>@ordo" in their .ics; new ones send one derived from their link's secret, unique
// across companies (two companies' booking number 17 are not one event in a customer's calendar).
// A change or cancellation must name the UID the customer's calendar got, so each booking stores it.
Result<void> toVersion25(Database &db)
{
    for (const char *statement : {"ALTER TABLE online_bookings ADD COLUMN calendar_uid TEXT",
                                  "UPDATE online_bookings SET calendar_uid = 'ordo-booking-' || CAST(id AS TEXT) || '@ordo'"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

// Version 26: the visits' index by person also holds the end and the status (issue 17). Every
// online booking checks, inside its write transaction, who is free at the chosen time and how many
// visits each candidate has that week: some 300 visits on the huge demo, each read from the table
// for its end and status while 49 other bookings waited for the writer.
Result<void> toVersion26(Database &db)
{
    for (const char *statement : {"DROP INDEX appointments_by_staff",
                                  "CREATE INDEX appointments_by_staff ON appointments (staff_id, starts_at, ends_at, status)"})
        if (auto r = db.run(QString::fromUtf8(statement)); !r)
            return r.error();
    return {};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> chain{
        {1, &toVersion1},
        {2, &toVersion2},
        {3, &toVersion3},
        {4, &toVersion4},
        {5, &toVersion5},
        {6, &toVersion6},
        {7, &toVersion7},
        {8, &toVersion8},
        {9, &toVersion9},
        {10, &toVersion10},
        {11, &toVersion11},
        {12, &toVersion12},
        {13, &toVersion13},
        {14, &toVersion14},
        {15, &toVersion15},
        {16, &toVersion16},
        {17, &toVersion17},
        {18, &toVersion18},
        {19, &toVersion19},
        {20, &toVersion20},
        {21, &toVersion21},
        {22, &toVersion22},
        {23, &toVersion23},
        {24, &toVersion24},
        {25, &toVersion25},
        {26, &toVersion26},
    };
    return chain;
}

} // namespace ordo
