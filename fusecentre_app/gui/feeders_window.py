"""Registers → Feeders: the centre's feeders (the division's for a division-wide account)
with their consumers connected, area and agricultural flag, changed with the day the change
takes effect (the indices of each month use the facts in force then), and the consumers
connected of each DT of the chosen feeder, which a DT failure's compensation is owed to.
The rules are `services.feeder_facts`'."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.roles import UseCase
from fusecentre_app.gui.register_window import (
    RECORD_ROLE,
    RegisterWindow,
    day_edit,
    day_of,
    whole_number,
)
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.feeder_facts import (
    DtLine,
    FeederLine,
    centre_feeders,
    feeder_dts,
    set_dt_consumers,
    set_feeder_facts,
)


class FeedersWindow(RegisterWindow):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("feedersWindow")
        self.setWindowTitle(self.tr("Feeders and their consumers"))
        may_change = session.may(UseCase.UPDATE_FEEDERS)

        self.editing = QGroupBox(self.tr("The feeder chosen in the list"))
        self.chosen = QLabel(self.tr("Choose a feeder in the list."))
        self.chosen.setWordWrap(True)
        self.consumers = QLineEdit()
        self.consumers.setObjectName("consumers")
        self.area = QComboBox()
        self.area.setObjectName("area")
        self.area.addItem(self.tr("urban"), "urban")
        self.area.addItem(self.tr("rural"), "rural")
        self.agricultural = QCheckBox(self.tr("Predominantly a&gricultural load"))
        self.agricultural.setObjectName("agricultural")
        self.effective = day_edit("effective")
        self.save_button = QPushButton(self.tr("&Save the feeder's facts"))
        self.save_button.setObjectName("saveButton")
        form = QFormLayout(self.editing)
        form.addRow(self.chosen)
        form.addRow(self.tr("&Consumers connected"), self.consumers)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow("", self.agricultural)
        form.addRow(self.tr("Takes &effect from"), self.effective)
        form.addRow("", self.save_button)

        self.dt_box = QGroupBox(self.tr("The chosen feeder's transformers (DTs)"))
        self.dts = QTableWidget()
        self.dts.setObjectName("dtTable")
        self.dts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dts.verticalHeader().setVisible(False)
        self.dts.horizontalHeader().setStretchLastSection(True)
        self.dt_consumers = QLineEdit()
        self.dt_consumers.setObjectName("dtConsumers")
        self.dt_button = QPushButton(self.tr("Save the &DT's consumers"))
        self.dt_button.setObjectName("dtButton")
        dt_row = QHBoxLayout()
        dt_label = QLabel(self.tr("Consumers connected to the chosen DT"))
        dt_label.setBuddy(self.dt_consumers)
        dt_row.addWidget(dt_label)
        dt_row.addWidget(self.dt_consumers)
        dt_row.addWidget(self.dt_button)
        dt_layout = QVBoxLayout(self.dt_box)
        dt_layout.addWidget(self.dts, 1)
        dt_layout.addLayout(dt_row)

        # Reading is everyone's; changing the facts is the JE's, SDO's or the office's.
        for widget in (self.consumers, self.area, self.agricultural, self.effective):
            widget.setEnabled(may_change)
        self.save_button.setVisible(may_change)
        self.dt_consumers.setEnabled(may_change)
        self.dt_button.setVisible(may_change)
        self.editing.setEnabled(False)
        self.dt_box.setEnabled(False)

        self.month.setVisible(False)  # the feeders' facts are as they are today
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        lower = QHBoxLayout()
        lower.addWidget(self.editing, 1)
        lower.addWidget(self.dt_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower, 1)
        layout.addWidget(self.outcome)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self._connect_session()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.dts.itemSelectionChanged.connect(self._dt_chosen)
        self.save_button.clicked.connect(self.save)
        self.dt_button.clicked.connect(self.save_dt)

    def refresh(self) -> None:
        feeders = centre_feeders(self.session.db, self.centre_id)
        chosen: FeederLine | None = self.selected()
        self.heading.setText(
            self.tr("%1 feeder(s) of %2; %3 consumers connected")
            .replace("%1", str(len(feeders)))
            .replace("%2", self.scope_text())
            .replace("%3", f"{sum(f.consumers for f in feeders):,}")
        )
        yes, no = self.tr("yes"), self.tr("no")
        areas = {"urban": self.tr("urban"), "rural": self.tr("rural")}
        self.fill(
            [
                self.tr("Feeder"),
                self.tr("Name"),
                self.tr("PSS"),
                self.tr("Area"),
                self.tr("Agricultural"),
                self.tr("Consumers"),
                self.tr("Since"),
                self.tr("On its DTs"),
            ],
            [
                [
                    f.code,
                    f"{f.name_en} / {f.name_hi}",
                    f.pss_code,
                    areas.get(f.area, f.area),
                    yes if f.agricultural else no,
                    f"{f.consumers:,}",
                    f.effective_from.strftime("%d-%m-%Y") if f.effective_from else "",
                    f"{f.dt_consumers:,}",
                ]
                for f in feeders
            ],
            feeders,
        )
        if chosen is not None:
            self.select_record(lambda f: f.id == chosen.id)

    def _chosen(self) -> None:
        feeder: FeederLine | None = self.selected()
        self.editing.setEnabled(feeder is not None)
        self.dt_box.setEnabled(feeder is not None)
        if feeder is None:
            self.chosen.setText(self.tr("Choose a feeder in the list."))
            self.dts.setRowCount(0)
            return
        self.chosen.setText(f"{feeder.code} · {feeder.name_en} / {feeder.name_hi}")
        self.consumers.setText(str(feeder.consumers))
        self.area.setCurrentIndex(max(0, self.area.findData(feeder.area)))
        self.agricultural.setChecked(feeder.agricultural)
        self._fill_dts(feeder.id)

    def _fill_dts(self, feeder_id: int, keep: int | None = None) -> None:
        dts = feeder_dts(self.session.db, feeder_id)
        self.dts.clear()
        self.dts.setColumnCount(3)
        self.dts.setHorizontalHeaderLabels([self.tr("DT"), self.tr("Name"), self.tr("Consumers")])
        self.dts.setRowCount(len(dts))
        for r, dt in enumerate(dts):
            for c, text in enumerate(
                (dt.code, f"{dt.name_en} / {dt.name_hi}", f"{dt.consumers:,}")
            ):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(RECORD_ROLE, dt)
                self.dts.setItem(r, c, item)
            if dt.id == keep:
                self.dts.selectRow(r)
        self.dts.resizeColumnsToContents()

    def _chosen_dt(self) -> DtLine | None:
        rows = self.dts.selectionModel().selectedRows()
        item = self.dts.item(rows[0].row(), 0) if rows else None
        return None if item is None else item.data(RECORD_ROLE)

    def _dt_chosen(self) -> None:
        dt = self._chosen_dt()
        if dt is not None:
            self.dt_consumers.setText(str(dt.consumers))

    def _count(self, field: QLineEdit) -> int | None:
        number = whole_number(field.text())
        if number is None:
            self.refuse(self.tr("Consumers connected must be a whole number."))
        return number

    def save(self) -> None:
        feeder: FeederLine | None = self.selected()
        if feeder is None:
            self.refuse(self.tr("Choose the feeder in the list."))
            return
        consumers = self._count(self.consumers)
        if consumers is None:
            return
        area, agricultural = self.area.currentData(), self.agricultural.isChecked()
        day = day_of(self.effective)
        self.act(
            lambda: set_feeder_facts(
                self.session.db,
                feeder.id,
                consumers=consumers,
                area=area,
                agricultural=agricultural,
                effective_from=day,
                by=self.session.user.id,
            ),
            lambda changed: (
                self.tr("%1: %2 consumers, %3, from %4; on record.")
                .replace("%1", feeder.code)
                .replace("%2", f"{consumers:,}")
                .replace("%3", self.area.currentText())
                .replace("%4", day.strftime("%d-%m-%Y"))
                if changed
                else self.tr("%1 already has these facts from %2: nothing to record.")
                .replace("%1", feeder.code)
                .replace("%2", day.strftime("%d-%m-%Y"))
            ),
        )

    def save_dt(self) -> None:
        dt = self._chosen_dt()
        if dt is None:
            self.refuse(self.tr("Choose the DT in the feeder's list of transformers."))
            return
        consumers = self._count(self.dt_consumers)
        if consumers is None:
            return
        day = day_of(self.effective)
        if self.act(
            lambda: set_dt_consumers(
                self.session.db, dt.id, consumers, effective_from=day, by=self.session.user.id
            ),
            lambda changed: (
                self.tr("%1: %2 consumers connected; on record.")
                .replace("%1", dt.code)
                .replace("%2", f"{consumers:,}")
                if changed
                else self.tr("%1 already has %2 consumers connected: nothing to record.")
                .replace("%1", dt.code)
                .replace("%2", f"{consumers:,}")
            ),
        ):
            self._fill_dts(dt.feeder_id, keep=dt.id)
