<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ordo::Accounts</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::AccountsPeoplePage</name>
    <message numerus="yes">
        <source>A PIN suits the shared front-desk PC; a password suits a PC or a command line that others can reach. After %n wrong attempt(s) in a row a person waits before trying again; a new PIN or password ends the wait.</source>
        <translation>
            <numerusform>A PIN suits the shared front-desk PC; a password suits a PC or a command line that others can reach. After %n wrong attempt in a row a person waits before trying again; a new PIN or password ends the wait.</numerusform>
            <numerusform>A PIN suits the shared front-desk PC; a password suits a PC or a command line that others can reach. After %n wrong attempts in a row a person waits before trying again; a new PIN or password ends the wait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) in a row. A new PIN or password ends the wait.</source>
        <translation>
            <numerusform>%n wrong attempt in a row. A new PIN or password ends the wait.</numerusform>
            <numerusform>%n wrong attempts in a row. A new PIN or password ends the wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::AssetStatsPage</name>
    <message numerus="yes">
        <source>Make a maintenance order “%1” per site for %n asset(s), due on %2? Each goes to the step that books the visit.</source>
        <translation>
            <numerusform>Make a maintenance order “%1” per site for %n asset, due on %2? Each goes to the step that books the visit.</numerusform>
            <numerusform>Make a maintenance order “%1” per site for %n assets, due on %2? Each goes to the step that books the visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) made: %1.</source>
        <translation>
            <numerusform>%n order made: %1.</numerusform>
            <numerusform>%n orders made: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) left out: an open order already names them.</source>
        <translation>
            <numerusform>%n asset left out: an open order already names it.</numerusform>
            <numerusform>%n assets left out: an open order already names them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::BoardView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) shown</source>
        <translation>
            <numerusform>%n open order shown</numerusform>
            <numerusform>%n open orders shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n visit(s) to come:</source>
        <translation>
            <numerusform>%1 still has %n visit to come:</numerusform>
            <numerusform>%1 still has %n visits to come:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::BookingSettingsDialog</name>
    <message numerus="yes">
        <source> day(s) ahead</source>
        <translation>
            <numerusform> day ahead</numerusform>
            <numerusform> days ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s) from now</source>
        <translation>
            <numerusform> hour from now</numerusform>
            <numerusform> hours from now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CalendarView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CatalogueDialog</name>
    <message numerus="yes">
        <source>%n item(s) added</source>
        <translation>
            <numerusform>%n item added</numerusform>
            <numerusform>%n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::Cli</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n appointment of %1 written to %2.</numerusform>
            <numerusform>%n appointments of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued invoice(s) checked: none altered.</source>
        <translation>
            <numerusform>%n issued invoice checked: none altered.</numerusform>
            <numerusform>%n issued invoices checked: none altered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invoices were tampered with: %n problem(s) found.</source>
        <translation>
            <numerusform>The invoices were tampered with: %n problem found.</numerusform>
            <numerusform>The invoices were tampered with: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent: %1</source>
        <translation>
            <numerusform>%n record not sent: %1</numerusform>
            <numerusform>%n records not sent: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent (CSV %1): </source>
        <translation>
            <numerusform>%n record sent (CSV %1): </numerusform>
            <numerusform>%n records sent (CSV %1): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) got no answer and stay in the queue.</source>
        <translation>
            <numerusform>%n record got no answer and stays in the queue.</numerusform>
            <numerusform>%n records got no answer and stay in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait: the next submission is allowed at %1 (in %2).</source>
        <translation>
            <numerusform>%n record waits: the next submission is allowed at %1 (in %2).</numerusform>
            <numerusform>%n records wait: the next submission is allowed at %1 (in %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalogue: %n item(s) added</source>
        <translation>
            <numerusform>Catalogue: %n item added</numerusform>
            <numerusform>Catalogue: %n items added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found after the copy: do not switch the office over yet.</source>
        <translation>
            <numerusform>%n problem found after the copy: do not switch the office over yet.</numerusform>
            <numerusform>%n problems found after the copy: do not switch the office over yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both databases checked: the same rows, sound, %n issued invoice(s) in an unbroken chain.</source>
        <translation>
            <numerusform>Both databases checked: the same rows, sound, %n issued invoice in an unbroken chain.</numerusform>
            <numerusform>Both databases checked: the same rows, sound, %n issued invoices in an unbroken chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) registered from %1.</source>
        <translation>
            <numerusform>%n asset registered from %1.</numerusform>
            <numerusform>%n assets registered from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) written to %1.</source>
        <translation>
            <numerusform>%n label written to %1.</numerusform>
            <numerusform>%n labels written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance order(s) made</source>
        <translation>
            <numerusform>%n maintenance order made</numerusform>
            <numerusform>%n maintenance orders made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n already there.</numerusform>
            <numerusform>%n already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) read</source>
        <translation>
            <numerusform>%n customer read</numerusform>
            <numerusform>%n customers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n with problems.</numerusform>
            <numerusform>%n with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n customer imported.</numerusform>
            <numerusform>%n customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) made.</source>
        <translation>
            <numerusform>%n order made.</numerusform>
            <numerusform>%n orders made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installed, no repairs</source>
        <translation>
            <numerusform>%n installed, no repairs</numerusform>
            <numerusform>%n installed, no repairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 installed, %n repair(s) (%2 under warranty), the first after a median of %3 days</source>
        <translation>
            <numerusform>%1 installed, %n repair (%2 under warranty), the first after a median of %3 days</numerusform>
            <numerusform>%1 installed, %n repairs (%2 under warranty), the first after a median of %3 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) read</source>
        <translation>
            <numerusform>%n site read</numerusform>
            <numerusform>%n sites read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) read</source>
        <translation>
            <numerusform>%n asset read</numerusform>
            <numerusform>%n assets read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read</source>
        <translation>
            <numerusform>%n order read</numerusform>
            <numerusform>%n orders read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>%n site imported.</numerusform>
            <numerusform>%n sites imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) imported.</source>
        <translation>
            <numerusform>%n asset imported.</numerusform>
            <numerusform>%n assets imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported.</source>
        <translation>
            <numerusform>%n order imported.</numerusform>
            <numerusform>%n orders imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CsvTransfer</name>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row has problems; nothing was imported.</numerusform>
            <numerusform>%n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the NIF %1: give their phone instead.</source>
        <translation>
            <numerusform>%n customer has the NIF %1: give their phone instead.</numerusform>
            <numerusform>%n customers have the NIF %1: give their phone instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the phone %1: give their NIF instead.</source>
        <translation>
            <numerusform>%n customer has the phone %1: give their NIF instead.</numerusform>
            <numerusform>%n customers have the phone %1: give their NIF instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers have the e-mail %1: give their NIF or phone instead.</source>
        <translation>
            <numerusform>%n customer has the e-mail %1: give their NIF or phone instead.</numerusform>
            <numerusform>%n customers have the e-mail %1: give their NIF or phone instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers are called “%1”: give their NIF or phone.</source>
        <translation>
            <numerusform>%n customer is called “%1”: give their NIF or phone.</numerusform>
            <numerusform>%n customers are called “%1”: give their NIF or phone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::CustomerImportDialog</name>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n customer(s) read.</source>
        <translation>
            <numerusform>%1 (%2, “%3”): %n customer read.</numerusform>
            <numerusform>%1 (%2, “%3”): %n customers read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct them in the spreadsheet and choose the file again; nothing will be imported until then.</source>
        <translation>
            <numerusform>%n row has problems: correct it in the spreadsheet and choose the file again; nothing will be imported until then.</numerusform>
            <numerusform>%n rows have problems: correct them in the spreadsheet and choose the file again; nothing will be imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n customer imported.</numerusform>
            <numerusform>%n customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n site(s) read.</source>
        <translation>
            <numerusform>%1 (%2, “%3”): %n site read.</numerusform>
            <numerusform>%1 (%2, “%3”): %n sites read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n asset(s) read.</source>
        <translation>
            <numerusform>%1 (%2, “%3”): %n asset read.</numerusform>
            <numerusform>%1 (%2, “%3”): %n assets read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, “%3”): %n order(s) read.</source>
        <translation>
            <numerusform>%1 (%2, “%3”): %n order read.</numerusform>
            <numerusform>%1 (%2, “%3”): %n orders read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>%n site imported.</numerusform>
            <numerusform>%n sites imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) imported.</source>
        <translation>
            <numerusform>%n asset imported.</numerusform>
            <numerusform>%n assets imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported.</source>
        <translation>
            <numerusform>%n order imported.</numerusform>
            <numerusform>%n orders imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::IntakeDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n open order(s)&lt;/b&gt; — is the call about one of them?</source>
        <translation>
            <numerusform>&lt;b&gt;%n open order&lt;/b&gt; — is the call about it?</numerusform>
            <numerusform>&lt;b&gt;%n open orders&lt;/b&gt; — is the call about one of them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::InvoiceLedger</name>
    <message numerus="yes">
        <source>The chain has a hole before %1: %n invoice(s) taken out.</source>
        <translation>
            <numerusform>The chain has a hole before %1: %n invoice taken out.</numerusform>
            <numerusform>The chain has a hole before %1: %n invoices taken out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlanDialog</name>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation>
            <numerusform> day before</numerusform>
            <numerusform> days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlans</name>
    <message numerus="yes">
        <source>Every %n month(s) from %1</source>
        <translation>
            <numerusform>Every month from %1</numerusform>
            <numerusform>Every %n months from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MaintenancePlansDialog</name>
    <message numerus="yes">
        <source>%n day(s) ahead</source>
        <translation>
            <numerusform>%n day ahead</numerusform>
            <numerusform>%n days ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::MyDayReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due since %1 (%n earlier one(s) missed)</source>
        <translation>
            <numerusform>due since %1 (%n earlier one missed)</numerusform>
            <numerusform>due since %1 (%n earlier ones missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ProcessDiagram</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n step(s)</source>
        <translation>
            <numerusform>from %n step</numerusform>
            <numerusform>from %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ProcessEvaluationPage</name>
    <message numerus="yes">
        <source>%1, version %2 (%3, %n order(s))</source>
        <translation>
            <numerusform>%1, version %2 (%3, %n order)</numerusform>
            <numerusform>%1, version %2 (%3, %n orders)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ProcessEvaluator</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not used by any of the %n finished order(s): it could be removed.</source>
        <translation>
            <numerusform>%1 was not used by the %n finished order: it could be removed.</numerusform>
            <numerusform>%1 was not used by any of the %n finished orders: it could be removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ProcessView</name>
    <message numerus="yes">
        <source>%n open order(s) are in “%1”, which you removed. Move them to:</source>
        <translation>
            <numerusform>%n open order is in “%1”, which you removed. Move it to:</numerusform>
            <numerusform>%n open orders are in “%1”, which you removed. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::QuoteDialog</name>
    <message numerus="yes">
        <source>New quotes are valid for %n day(s) and carry these conditions.</source>
        <translation>
            <numerusform>New quotes are valid for %n day and carry these conditions.</numerusform>
            <numerusform>New quotes are valid for %n days and carry these conditions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::RestorePreviewDialog</name>
    <message numerus="yes">
        <source>The newest backup was taken %1 and holds %n order(s), with last invoice %2.</source>
        <translation>
            <numerusform>The newest backup was taken %1 and holds %n order, with last invoice %2.</numerusform>
            <numerusform>The newest backup was taken %1 and holds %n orders, with last invoice %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ReviewDialog</name>
    <message numerus="yes">
        <source>%n item(s) still to handle or explain.</source>
        <translation>
            <numerusform>%n item still to handle or explain.</numerusform>
            <numerusform>%n items still to handle or explain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as handled.</source>
        <translation>
            <numerusform>%n item marked as handled.</numerusform>
            <numerusform>%n items marked as handled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::ReviewService</name>
    <message numerus="yes">
        <source>%1 (%2): no activity for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): no activity for %n day</numerusform>
            <numerusform>%1 (%2): no activity for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in “%2” for %n day(s), past its target</source>
        <translation>
            <numerusform>%1: in “%2” for %n day, past its target</numerusform>
            <numerusform>%1: in “%2” for %n days, past its target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need to be handled or explained before signing off.</source>
        <translation>
            <numerusform>%n item still needs to be handled or explained before signing off.</numerusform>
            <numerusform>%n items still need to be handled or explained before signing off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n earlier one(s) missed)</source>
        <translation>
            <numerusform> (%n earlier one missed)</numerusform>
            <numerusform> (%n earlier ones missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::Scheduler</name>
    <message numerus="yes">
        <source>%n visit(s) that day</source>
        <translation>
            <numerusform>%n visit that day</numerusform>
            <numerusform>%n visits that day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n this week</source>
        <translation>
            <numerusform>%n this week</numerusform>
            <numerusform>%n this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::SecurityPage</name>
    <message numerus="yes">
        <source>%n person(s) have no PIN or password yet and could not sign in until one is set: %1.</source>
        <translation>
            <numerusform>%n person has no PIN or password yet and could not sign in until one is set: %1.</numerusform>
            <numerusform>%n people have no PIN or password yet and could not sign in until one is set: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::StaffView</name>
    <message numerus="yes">
        <source>%1 no longer works here. %n open order(s) and %2 future visit(s) were handed over; their history stays.</source>
        <translation>
            <numerusform>%1 no longer works here. %n open order and %2 future visit(s) were handed over; their history stays.</numerusform>
            <numerusform>%1 no longer works here. %n open orders and %2 future visit(s) were handed over; their history stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::TaxIds</name>
    <message numerus="yes">
        <source>“%1” is not an IBAN: a Spanish IBAN has 24 characters (ES and 22 digits); this one has %n.</source>
        <translation>
            <numerusform>“%1” is not an IBAN: a Spanish IBAN has 24 characters (ES and 22 digits); this one has %n.</numerusform>
            <numerusform>“%1” is not an IBAN: a Spanish IBAN has 24 characters (ES and 22 digits); this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuRecordsPanel</name>
    <message numerus="yes">
        <source>Sending %n record(s) to the AEAT…</source>
        <translation>
            <numerusform>Sending %n record to the AEAT…</numerusform>
            <numerusform>Sending %n records to the AEAT…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::VerifactuSender</name>
    <message numerus="yes">
        <source>%n record(s) got no answer from the AEAT.</source>
        <translation>
            <numerusform>%n record got no answer from the AEAT.</numerusform>
            <numerusform>%n records got no answer from the AEAT.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::WorkflowEditor</name>
    <message numerus="yes">
        <source>%n open order(s) are in “%1”, which is being removed: choose the step where they go.</source>
        <translation>
            <numerusform>%n open order is in “%1”, which is being removed: choose the step where it goes.</numerusform>
            <numerusform>%n open orders are in “%1”, which is being removed: choose the step where they go.</numerusform>
        </translation>
    </message>
</context>
</TS>
