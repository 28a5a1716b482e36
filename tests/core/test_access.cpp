// Who is working: accounts, sign-in, permissions enforced in the core, every change signed.

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/Mailer.h"
#include "core/common/Clock.h"
#include "core/common/Secrets.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/people/ApiTokens.h"
#include "core/people/CustomerRepository.h"
#include "core/reports/Reviews.h"
#include "core/usecases/Company.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/Payments.h"
#include "core/usecases/Reassignment.h"
#include "core/workflow/WorkflowEditor.h"
#include "core/workflow/WorkflowRepository.h"
#include "core/people/StaffRepository.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

QDateTime madrid(int y, int m, int d, int h = 10, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone("Europe/Madrid"));
}

struct Company
{
    TestDatabase db;
    Team team = addTeam(*db);
    Accounts accounts{*db};

    Company() { addCompanyProfile(*db); }

    Actor signIn(Id staffId, const QString &secret = {})
    {
        auto actor = accounts.signIn({{}, staffId, secret, QStringLiteral("test")});
        INFO((actor ? QString() : actor.error().message).toStdString());
        REQUIRE(actor.ok());
        return *actor;
    }

    WorkOrder order(const Actor &by, std::optional<Id> assignee = std::nullopt)
    {
        NewWorkOrder n;
        n.customerId = addFiscalCustomer(*db);
        n.title = QStringLiteral("Three windows");
        n.assigneeId = assignee;
        n.lines = {{0, 0, QStringLiteral("PVC window"), 3000, 38500, 2100, 0}};
        auto o = WorkOrderService(*db).create(n, by);
        INFO((o ? QString() : o.error().message).toStdString());
        REQUIRE(o.ok());
        return *o;
    }
};

void requireRefused(const Error &error, const QString &permissionWords)
{
    CHECK(error.code == ErrorCode::NotPermitted);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(permissionWords));
}

} // namespace

TEST_CASE("secrets are Argon2id hashes that verify, never hold the secret, and are upgraded when weaker", "[access]")
{
    const QString hash = secrets::hash(QStringLiteral("1234"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("1234")));
    CHECK(secrets::verify(hash, QStringLiteral("1234")));
    CHECK_FALSE(secrets::verify(hash, QStringLiteral("1235")));
    CHECK_FALSE(secrets::verify(QString(), QString()));
    CHECK(secrets::hash(QStringLiteral("1234")) != hash);  // salted
    CHECK_FALSE(secrets::needsRehash(hash));
    CHECK(secrets::needsRehash(secrets::hash(QStringLiteral("1234"), secrets::Strength::Minimal)));

    // A person whose stored hash is older and weaker gets today's parameters at the next good sign-in.
    Company c;
    rawExec(*c.db, QStringLiteral("UPDATE accounts SET secret_kind = 'pin', secret_hash = '%1' WHERE staff_id = %2")
                       .arg(secrets::hash(QStringLiteral("4321"), secrets::Strength::Minimal))
                       .arg(c.team.lucia));
    c.signIn(c.team.lucia, QStringLiteral("4321"));
    const QString upgraded = c.db->scalar(QStringLiteral("SELECT secret_hash FROM accounts WHERE staff_id = ?"), {c.team.lucia})->toString();
    CHECK_FALSE(secrets::needsRehash(upgraded));
    CHECK(secrets::verify(upgraded, QStringLiteral("4321")));
    CHECK(rawCount(*c.db, QStringLiteral("SELECT count(*) FROM sign_ins WHERE reason = 'rehashed'")) == 1);
}

TEST_CASE("every staff member has an account; a PIN or password must have the right shape", "[access]")
{
    Company c;
    auto all = c.accounts.list();
    REQUIRE(all.ok());
    CHECK(all->size() == 7);
    auto marta = c.accounts.find(c.team.marta);
    REQUIRE(marta.ok());
    CHECK(marta->username == QStringLiteral("marta"));
    CHECK(marta->role == AccessRole::Office);
    CHECK(c.accounts.find(c.team.ruben)->username == QStringLiteral("ruben"));  // no accent in a username
    CHECK(c.accounts.find(c.team.ruben)->role == AccessRole::Technician);

    const Actor pilar = c.signIn(c.team.pilar);
    CHECK(c.accounts.setSecret(c.team.marta, SecretKind::Pin, QStringLiteral("12"), pilar).error().code == ErrorCode::Invalid);
    CHECK(c.accounts.setSecret(c.team.marta, SecretKind::Password, QStringLiteral("short"), pilar).error().code ==
          ErrorCode::Invalid);
    REQUIRE(c.accounts.setSecret(c.team.marta, SecretKind::Pin, QStringLiteral("2468"), pilar).ok());
    // The secret is kept only as its hash.
    CHECK(rawCount(*c.db, QStringLiteral("SELECT count(*) FROM accounts WHERE secret_hash LIKE '%2468%'")) == 0);

    // A technician may change their own PIN, but nobody else's.
    const Actor ruben = c.signIn(c.team.ruben);
    CHECK(c.accounts.setSecret(c.team.ruben, SecretKind::Pin, QStringLiteral("1357"), ruben).ok());
    requireRefused(c.accounts.setSecret(c.team.marta, SecretKind::Pin, QStringLiteral("1111"), ruben).error(),
                   QStringLiteral("Manage accounts and permissions"));
}

TEST_CASE("wrong PINs make the account wait longer each time; the wait is logged and the owner can reset it", "[access]")
{
    Company c;
    QDateTime now = madrid(2026, 12, 1, 9);
    Clock::Override clock([&] { return now; });
    const Actor pilar = c.signIn(c.team.pilar);
    REQUIRE(c.accounts.setSecret(c.team.lucia, SecretKind::Pin, QStringLiteral("2580"), pilar).ok());

    auto attempt = [&](const QString &pin) { return c.accounts.signIn({{}, c.team.lucia, pin, QStringLiteral("desktop")}); };
    // Two mistakes are free.
    CHECK(attempt(QStringLiteral("0000")).error().message == QStringLiteral("Wrong PIN."));
    CHECK(attempt(QStringLiteral("0001")).error().code == ErrorCode::SignInRefused);
    // The third makes the account wait 30 seconds: even the right PIN is refused meanwhile.
    auto third = attempt(QStringLiteral("0002"));
    CHECK(third.error().message.contains(QStringLiteral("wait 30 seconds")));
    now = now.addSecs(20);
    auto waiting = attempt(QStringLiteral("2580"));
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().message.contains(QStringLiteral("try again in 10 seconds")));
    // The fourth mistake after the wait doubles it.
    now = now.addSecs(11);
    CHECK(attempt(QStringLiteral("0003")).error().message.contains(QStringLiteral("wait 60 seconds")));
    CHECK(Accounts::waitAfter(5) == 120);
    CHECK(Accounts::waitAfter(40) == Accounts::LongestWaitSecs);
    now = now.addSecs(61);
    CHECK(attempt(QStringLiteral("2580")).ok());
    CHECK(c.accounts.find(c.team.lucia)->failedCount == 0);
    CHECK(rawCount(*c.db, QStringLiteral("SELECT count(*) FROM sign_ins WHERE ok = 0 AND staff_id = %1").arg(c.team.lucia)) == 5);

    // Locked again, then the owner resets the PIN: the wait is gone.
    for (const char *wrong : {"1", "2", "3"})
        (void)attempt(QString::fromLatin1(wrong).repeated(4));
    REQUIRE(c.accounts.find(c.team.lucia)->lockedUntil > Clock::nowSecs());
    REQUIRE(c.accounts.setSecret(c.team.lucia, SecretKind::Pin, QStringLiteral("9999"), pilar).ok());
    CHECK(attempt(QStringLiteral("9999")).ok());

    // An unknown user takes as long as a known one and is logged too.
    auto unknown = c.accounts.signIn({QStringLiteral("nadie"), 0, QStringLiteral("x"), QStringLiteral("cli")});
    CHECK(unknown.error().code == ErrorCode::SignInRefused);
    CHECK(rawCount(*c.db, QStringLiteral("SELECT count(*) FROM sign_ins WHERE username = 'nadie' AND ok = 0")) == 1);
}

TEST_CASE("the owner can require a PIN of everyone; a person without one is then refused", "[access]")
{
    Company c;
    const Actor pilar = c.signIn(c.team.pilar);
    SecuritySettings s;
    s.requireSecret = true;
    REQUIRE(c.accounts.saveSecurity(s, pilar).ok());
    auto marta = c.accounts.signIn({{}, c.team.marta, {}, QStringLiteral("desktop")});
    REQUIRE_FALSE(marta.ok());
    CHECK(marta.error().message.contains(QStringLiteral("requires one")));
    const Actor lucia = [&] {
        Actor a = pilar;
        a.permissions = *c.accounts.permissionsOf(AccessRole::Office);
        return a;
    }();
    requireRefused(c.accounts.saveSecurity(SecuritySettings{}, lucia).error(), QStringLiteral("Manage accounts"));
}

TEST_CASE("a technician's session cannot issue an invoice, edit the map or touch others' orders through the core", "[access]")
{
    Company c;
    Clock::Override clock(madrid(2026, 12, 1));
    const Actor marta = c.signIn(c.team.marta);
    const Actor ruben = c.signIn(c.team.ruben);
    CHECK(ruben.kind == ActorKind::Person);
    CHECK(ruben.name == QStringLiteral("Rubén Molina"));

    const WorkOrder others = c.order(marta, c.team.sergio);
    const WorkOrder own = c.order(marta, c.team.ruben);

    // Invoices: no draft, no issue, no payment, no rectification.
    requireRefused(InvoiceIssuing(*c.db).issueForOrder(own.id, ruben).error(), QStringLiteral("Issue invoices"));
    requireRefused(InvoiceDrafts(*c.db).createFromOrder(own.id, ruben).error(), QStringLiteral("Draft invoices"));
    auto draft = InvoiceDrafts(*c.db).createFromOrder(own.id, marta);
    REQUIRE(draft.ok());
    requireRefused(InvoiceLedger(*c.db).issue(draft->id, draft->version, ruben).error(), QStringLiteral("Issue invoices"));
    auto issued = InvoiceLedger(*c.db).issue(draft->id, draft->version, marta);
    REQUIRE(issued.ok());
    CHECK(issued->issuedBy == QStringLiteral("Marta Sanz"));
    requireRefused(Payments(*c.db).record(issued->id, 100, Clock::nowSecs(), {}, {}, ruben).error(),
                   QStringLiteral("Record payments"));
    requireRefused(InvoiceLedger(*c.db).createRectifying(issued->id, QStringLiteral("x"), ruben).error(),
                   QStringLiteral("Issue invoices"));

    // The map and the company.
    auto wf = WorkflowRepository(*c.db).defaultLatest();
    REQUIRE(wf.ok());
    WorkflowEdit edit;
    edit.workflowId = wf->workflowId;
    edit.steps = wf->steps;
    requireRefused(WorkflowEditor(*c.db).save(edit, ruben).error(), QStringLiteral("Edit the process map"));
    requireRefused(saveCompanySettings(*c.db, CompanyProfiles(*c.db).load(), SmtpSettings::load(*c.db), ruben).error(),
                   QStringLiteral("company"));
    requireRefused(Reassignment(*c.db).personLeaves(c.team.sergio, c.team.ruben, ruben).error(),
                   QStringLiteral("Manage staff"));

    // Customers and staff records from a front end.
    auto customer = CustomerRepository(*c.db).find(own.customerId);
    REQUIRE(customer.ok());
    Customer renamed = *customer;
    renamed.name = QStringLiteral("Someone else");
    requireRefused(CustomerRepository(*c.db).update(renamed, ruben).error(), QStringLiteral("Edit customers"));
    CHECK(CustomerRepository(*c.db).update(renamed, marta).ok());
    StaffMember newcomer;
    newcomer.name = QStringLiteral("Nuevo Técnico");
    newcomer.role = Role::Technician;
    requireRefused(StaffRepository(*c.db).add(newcomer, ruben).error(), QStringLiteral("Manage staff"));
    requireRefused(StaffRepository(*c.db).add(newcomer, marta).error(), QStringLiteral("Manage staff"));

    // Orders: their own job yes, someone else's no; a dry run says the same without writing.
    const Step *next = nullptr;
    auto targets = OrderMoves(*c.db).allowedTargets(own.id);
    REQUIRE(targets.ok());
    REQUIRE_FALSE(targets->isEmpty());
    next = &targets->first();
    CHECK(OrderMoves(*c.db).check(others.id, others.version, next->id, ruben).error().code == ErrorCode::NotPermitted);
    requireRefused(OrderMoves(*c.db).move(others.id, others.version, next->id, ruben).error(),
                   QStringLiteral("Edit and move any order"));
    requireRefused(WorkOrderService(*c.db).addNote(others.id, ruben, QStringLiteral("hi")).error(),
                   QStringLiteral("Edit and move any order"));
    CHECK(OrderMoves(*c.db).check(own.id, own.version, next->id, ruben).ok());
    auto moved = OrderMoves(*c.db).move(own.id, own.version, next->id, ruben);
    INFO((moved ? QString() : moved.error().message).toStdString());
    CHECK(moved.ok());
    // Nothing was written by the refusals: the other order is where it was.
    CHECK(WorkOrderService(*c.db).find(others.id)->version == others.version);
}

TEST_CASE("the owner edits the permission table; the change applies at the next sign-in", "[access]")
{
    Company c;
    const Actor pilar = c.signIn(c.team.pilar);
    auto office = c.accounts.permissionsOf(AccessRole::Office);
    REQUIRE(office.ok());
    CHECK(office->has(Permission::IssueInvoices));
    CHECK_FALSE(office->has(Permission::EditMap));

    Permissions fewer = *office;
    fewer.set(Permission::IssueInvoices, false);
    REQUIRE(c.accounts.setPermissions(AccessRole::Office, fewer, pilar).ok());
    const Actor marta = c.signIn(c.team.marta);
    CHECK_FALSE(marta.can(Permission::IssueInvoices));
    CHECK(marta.can(Permission::RecordPayments));

    // Nobody but someone who manages users edits the table, and the owner cannot lock everyone out.
    requireRefused(c.accounts.setPermissions(AccessRole::Office, Permissions::all(), marta).error(),
                   QStringLiteral("Manage accounts"));
    CHECK(c.accounts.setPermissions(AccessRole::Owner, Permissions::none(), pilar).error().code == ErrorCode::Invalid);
}

TEST_CASE("changes carry the signed-in person's name: history, issued invoices, review sign-offs", "[access]")
{
    Company c;
    Clock::Override clock(madrid(2026, 12, 1));
    const Actor lucia = c.signIn(c.team.lucia);
    const WorkOrder order = c.order(lucia);
    auto history = WorkOrderService(*c.db).history(order.id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().actorName == QStringLiteral("Lucía Romero"));
    CHECK(history->first().actorId == c.team.lucia);

    ReviewPlan plan;
    plan.name = QStringLiteral("Daily check");
    plan.cadence = Cadence::Daily;
    plan.staffId = c.team.marta;
    plan.checks = {ReviewCheck::Unassigned};
    ReviewService reviews(*c.db);
    REQUIRE(reviews.addPlan(plan).ok());
    auto due = reviews.due(madrid(2026, 12, 1, 18).toSecsSinceEpoch());
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    auto review = reviews.open(due->first().plan.id, madrid(2026, 12, 1, 18).toSecsSinceEpoch());
    REQUIRE(review.ok());
    for (const auto &item : review->items)
        REQUIRE(reviews.setItem(item.id, true, {}).ok());
    const Actor ruben = c.signIn(c.team.ruben);
    requireRefused(reviews.signOff(review->id, ruben, {}).error(), QStringLiteral("Sign reviews"));
    const Actor marta = c.signIn(c.team.marta);
    auto signed_ = reviews.signOff(review->id, marta, {});
    REQUIRE(signed_.ok());
    CHECK(signed_->signedBy == QStringLiteral("Marta Sanz"));
}

TEST_CASE("a new company's owner account is made once; the command line without a person is named as such", "[access]")
{
    QTemporaryDir dir;
    auto db = openCompany(dir.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(db.ok());
    Accounts accounts(**db);
    CHECK_FALSE(*accounts.hasAnyAccount());
    auto owner = accounts.createOwner(QStringLiteral("Pilar Navarro"), QStringLiteral("pilar"), SecretKind::Password,
                                      QStringLiteral("ventanas-sol"));
    REQUIRE(owner.ok());
    CHECK(owner->role == AccessRole::Owner);
    CHECK(owner->can(Permission::ManageUsers));
    CHECK(accounts.createOwner(QStringLiteral("Someone"), QStringLiteral("x"), SecretKind::None, {}).error().code ==
          ErrorCode::Conflict);
    CHECK(accounts.signIn({QStringLiteral("PILAR"), 0, QStringLiteral("ventanas-sol"), QStringLiteral("test")}).ok());

    auto cli = accounts.commandLineActor(QStringLiteral("pilar"));
    REQUIRE(cli.ok());
    CHECK(cli->kind == ActorKind::CommandLine);
    CHECK(cli->name == QStringLiteral("ordo-cli (pilar)"));
    CHECK(cli->can(Permission::IssueInvoices));
    SecuritySettings s;
    s.allowUnsigned = false;
    REQUIRE(accounts.saveSecurity(s, *owner).ok());
    CHECK(accounts.commandLineActor(QStringLiteral("pilar"))->permissions == Permissions::none());
}

TEST_CASE("API tokens: made by the owner, shown once, stored as a digest, revocable", "[access]")
{
    Company c;
    const Actor pilar = c.signIn(c.team.pilar);
    const Actor marta = c.signIn(c.team.marta);
    ApiTokens tokens(*c.db);
    requireRefused(tokens.create(QStringLiteral("backup-job"), AccessRole::Office, marta).error(),
                   QStringLiteral("Manage accounts"));
    auto made = tokens.create(QStringLiteral("backup-job"), AccessRole::Office, pilar);
    REQUIRE(made.ok());
    CHECK(made->secret.startsWith(QStringLiteral("ordo_") + made->token.prefix));
    CHECK(rawCount(*c.db, QStringLiteral("SELECT count(*) FROM api_tokens WHERE secret_hash LIKE '%%1%'")
                              .arg(made->secret.right(20))) == 0);

    auto job = tokens.signIn(made->secret);
    REQUIRE(job.ok());
    CHECK(job->kind == ActorKind::Token);
    CHECK(job->name == QStringLiteral("API: backup-job"));
    CHECK(job->can(Permission::IssueInvoices));
    CHECK_FALSE(job->can(Permission::EditMap));

    QString forged = made->secret;
    forged[forged.size() - 1] = forged.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(tokens.signIn(forged).error().code == ErrorCode::SignInRefused);
    CHECK(tokens.signIn(QStringLiteral("not a token")).error().code == ErrorCode::SignInRefused);

    REQUIRE(tokens.revoke(made->token.id, pilar).ok());
    CHECK(tokens.signIn(made->secret).error().code == ErrorCode::SignInRefused);
}
