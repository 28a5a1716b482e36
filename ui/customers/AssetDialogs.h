#pragma once

#include "core/assets/Assets.h"
#include "core/usecases/Maintenance.h"
#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ordo {

// One asset by hand: a new one at a customer's site, or an existing one edited (a stale copy is
// refused by the core and said so). "Still at the site" off keeps it, and its history, as removed.
class AssetDialog final : public QDialog
{
    Q_OBJECT

public:
    AssetDialog(Session session, const Asset &asset, QWidget *parent = nullptr);

    QLineEdit *typeEdit() const { return m_type; }
    QLineEdit *modelEdit() const { return m_model; }
    QComboBox *siteBox() const { return m_site; }
    QCheckBox *warrantyKnown() const { return m_warrantyKnown; }
    QDateEdit *warrantyEdit() const { return m_warranty; }
    // Writes it; false (the dialog stays open, with a message) when the core refused.
    bool save();
    Id savedId() const { return m_asset.id; }

private:
    Session m_session;
    Asset m_asset;
    QLineEdit *m_type;
    QLineEdit *m_model;
    QLineEdit *m_specification;
    QLineEdit *m_serial;
    QComboBox *m_site;
    QCheckBox *m_installedKnown;
    QDateEdit *m_installed;
    QCheckBox *m_warrantyKnown;
    QDateEdit *m_warranty;
    QPlainTextEdit *m_notes;
    QCheckBox *m_active;
};

// "Register these as installed": one of the customer's orders, its lines with a tick each (services
// from the price catalogue unticked), the type and model each becomes; the core refuses an order
// whose work is not completed, or a line registered before, and says so.
class RegisterLinesDialog final : public QDialog
{
    Q_OBJECT

public:
    RegisterLinesDialog(Session session, Id customerId, QWidget *parent = nullptr);

    QComboBox *orderBox() const { return m_order; }
    QTableWidget *table() const { return m_table; }
    QPushButton *registerButton() const { return m_register; }
    // Registers the ticked lines of the chosen order; false with a message when refused.
    bool registerChosen();
    int registered() const { return m_registered; }

private:
    void loadLines();

    Session m_session;
    QComboBox *m_order;
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_register;
    QList<LineRegistration> m_lines;
    int m_registered = 0;
};

// A customer's maintenance plans: what, for which asset or site, how often, and Add / Edit.
class MaintenancePlansDialog final : public QDialog
{
    Q_OBJECT

public:
    MaintenancePlansDialog(Session session, Id customerId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<MaintenancePlan> &plans() const { return m_plans; }
    void reload();

private:
    void edit(const MaintenancePlan &plan);

    Session m_session;
    Id m_customerId;
    QTableWidget *m_table;
    QCheckBox *m_showEnded;
    QLabel *m_empty;
    QList<MaintenancePlan> m_plans;
};

// One maintenance plan: title, an asset or all of a site's, once or every N months, a season, the
// end, how many days ahead its orders are made, and whether it is still on.
class MaintenancePlanDialog final : public QDialog
{
    Q_OBJECT

public:
    MaintenancePlanDialog(Session session, const MaintenancePlan &plan, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *forBox() const { return m_for; }
    QSpinBox *everyBox() const { return m_every; }
    QDateEdit *firstEdit() const { return m_first; }
    QCheckBox *seasonBox() const { return m_season; }
    QComboBox *seasonFromBox() const { return m_seasonFrom; }
    QComboBox *seasonToBox() const { return m_seasonTo; }
    QLabel *scheduleLabel() const { return m_schedule; }
    bool save();
    Id savedId() const { return m_plan.id; }

private:
    MaintenancePlan fromFields() const;
    void updateSchedule();

    Session m_session;
    MaintenancePlan m_plan;
    QLineEdit *m_title;
    QComboBox *m_for;
    QLineEdit *m_jobType;
    QSpinBox *m_every;
    QDateEdit *m_first;
    QCheckBox *m_season;
    QComboBox *m_seasonFrom;
    QComboBox *m_seasonTo;
    QCheckBox *m_ends;
    QDateEdit *m_endsOn;
    QSpinBox *m_lead;
    QCheckBox *m_active;
    QLabel *m_schedule;
};

// The customer's assets an order is about, each with its reason (installed, repair, maintenance,
// service): ticked in a list; the order editor saves the choice with the order.
class OrderAssetsDialog final : public QDialog
{
    Q_OBJECT

public:
    OrderAssetsDialog(Session session, Id customerId, const QHash<Id, AssetReason> &current, AssetReason newReason,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Ticks the asset's row (a test, or a caller that knows the asset).
    void choose(Id assetId, AssetReason reason);
    QHash<Id, AssetReason> chosen() const;

private:
    Session m_session;
    QTableWidget *m_table;
    QList<Asset> m_assets;
};

// An asset photo at the size of the screen, with its caption and who added it.
class AssetPhotoDialog final : public QDialog
{
    Q_OBJECT

public:
    AssetPhotoDialog(const AssetPhoto &photo, QWidget *parent = nullptr);
};

} // namespace ordo
