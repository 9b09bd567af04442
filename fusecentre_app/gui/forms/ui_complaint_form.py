# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ComplaintForm(object):
    def setupUi(self, ComplaintForm):
        if not ComplaintForm.objectName():
            ComplaintForm.setObjectName(u"ComplaintForm")
        ComplaintForm.resize(920, 640)
        self.outerLayout = QVBoxLayout(ComplaintForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.pages = QStackedWidget(ComplaintForm)
        self.pages.setObjectName(u"pages")
        self.entryPage = QWidget()
        self.entryPage.setObjectName(u"entryPage")
        self.entryLayout = QHBoxLayout(self.entryPage)
        self.entryLayout.setObjectName(u"entryLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.mobileLabel = QLabel(self.entryPage)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(self.entryPage)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.mobileError = QLabel(self.entryPage)
        self.mobileError.setObjectName(u"mobileError")
        self.mobileError.setVisible(False)
        self.mobileError.setWordWrap(True)
        self.mobileError.setText(u"")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mobileError)

        self.callerNameLabel = QLabel(self.entryPage)
        self.callerNameLabel.setObjectName(u"callerNameLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.callerNameLabel)

        self.callerNameEdit = QLineEdit(self.entryPage)
        self.callerNameEdit.setObjectName(u"callerNameEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.callerNameEdit)

        self.consumerNoLabel = QLabel(self.entryPage)
        self.consumerNoLabel.setObjectName(u"consumerNoLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consumerNoLabel)

        self.consumerNoEdit = QLineEdit(self.entryPage)
        self.consumerNoEdit.setObjectName(u"consumerNoEdit")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consumerNoEdit)

        self.consumerNoError = QLabel(self.entryPage)
        self.consumerNoError.setObjectName(u"consumerNoError")
        self.consumerNoError.setVisible(False)
        self.consumerNoError.setWordWrap(True)
        self.consumerNoError.setText(u"")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consumerNoError)

        self.localityLabel = QLabel(self.entryPage)
        self.localityLabel.setObjectName(u"localityLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.localityLabel)

        self.localityEdit = QLineEdit(self.entryPage)
        self.localityEdit.setObjectName(u"localityEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.localityEdit)

        self.localityError = QLabel(self.entryPage)
        self.localityError.setObjectName(u"localityError")
        self.localityError.setVisible(False)
        self.localityError.setWordWrap(True)
        self.localityError.setText(u"")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.localityError)

        self.addressLabel = QLabel(self.entryPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.entryPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.landmarkLabel = QLabel(self.entryPage)
        self.landmarkLabel.setObjectName(u"landmarkLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.landmarkLabel)

        self.landmarkEdit = QLineEdit(self.entryPage)
        self.landmarkEdit.setObjectName(u"landmarkEdit")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.landmarkEdit)

        self.feederLabel = QLabel(self.entryPage)
        self.feederLabel.setObjectName(u"feederLabel")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.feederLabel)

        self.feederCombo = QComboBox(self.entryPage)
        self.feederCombo.setObjectName(u"feederCombo")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.feederCombo)

        self.feederError = QLabel(self.entryPage)
        self.feederError.setObjectName(u"feederError")
        self.feederError.setVisible(False)
        self.feederError.setWordWrap(True)
        self.feederError.setText(u"")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.feederError)

        self.dtLabel = QLabel(self.entryPage)
        self.dtLabel.setObjectName(u"dtLabel")

        self.fieldsLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.dtLabel)

        self.dtCombo = QComboBox(self.entryPage)
        self.dtCombo.setObjectName(u"dtCombo")

        self.fieldsLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dtCombo)

        self.dtError = QLabel(self.entryPage)
        self.dtError.setObjectName(u"dtError")
        self.dtError.setVisible(False)
        self.dtError.setWordWrap(True)
        self.dtError.setText(u"")

        self.fieldsLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dtError)

        self.typeLabel = QLabel(self.entryPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.fieldsLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.entryPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.fieldsLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(self.entryPage)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setVisible(False)
        self.typeError.setWordWrap(True)
        self.typeError.setText(u"")

        self.fieldsLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.channelLabel = QLabel(self.entryPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.fieldsLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.entryPage)
        self.channelCombo.setObjectName(u"channelCombo")

        self.fieldsLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelRefLabel = QLabel(self.entryPage)
        self.channelRefLabel.setObjectName(u"channelRefLabel")

        self.fieldsLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.channelRefLabel)

        self.channelRefEdit = QLineEdit(self.entryPage)
        self.channelRefEdit.setObjectName(u"channelRefEdit")

        self.fieldsLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.channelRefEdit)

        self.channelRefError = QLabel(self.entryPage)
        self.channelRefError.setObjectName(u"channelRefError")
        self.channelRefError.setVisible(False)
        self.channelRefError.setWordWrap(True)
        self.channelRefError.setText(u"")

        self.fieldsLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.channelRefError)

        self.forwardedByLabel = QLabel(self.entryPage)
        self.forwardedByLabel.setObjectName(u"forwardedByLabel")

        self.fieldsLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.forwardedByLabel)

        self.forwardedByCombo = QComboBox(self.entryPage)
        self.forwardedByCombo.setObjectName(u"forwardedByCombo")

        self.fieldsLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.forwardedByCombo)

        self.forwardedByError = QLabel(self.entryPage)
        self.forwardedByError.setObjectName(u"forwardedByError")
        self.forwardedByError.setVisible(False)
        self.forwardedByError.setWordWrap(True)
        self.forwardedByError.setText(u"")

        self.fieldsLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.forwardedByError)

        self.descriptionLabel = QLabel(self.entryPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(self.entryPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.fieldsLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.receivedLabel = QLabel(self.entryPage)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.fieldsLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateTimeEdit(self.entryPage)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.fieldsLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.receivedError = QLabel(self.entryPage)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setVisible(False)
        self.receivedError.setWordWrap(True)
        self.receivedError.setText(u"")

        self.fieldsLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.receivedError)

        self.formError = QLabel(self.entryPage)
        self.formError.setObjectName(u"formError")
        self.formError.setVisible(False)
        self.formError.setWordWrap(True)
        self.formError.setText(u"")

        self.fieldsLayout.setWidget(23, QFormLayout.ItemRole.SpanningRole, self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(self.entryPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.entryPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.fieldsLayout.setLayout(24, QFormLayout.ItemRole.SpanningRole, self.buttonRow)


        self.entryLayout.addLayout(self.fieldsLayout)

        self.historyBox = QGroupBox(self.entryPage)
        self.historyBox.setObjectName(u"historyBox")
        self.historyBox.setMinimumWidth(330)
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLabel = QLabel(self.historyBox)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyLabel)

        self.historyList = QListWidget(self.historyBox)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setFocusPolicy(Qt.NoFocus)

        self.historyLayout.addWidget(self.historyList)

        self.followUpButton = QPushButton(self.historyBox)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setVisible(False)
        self.followUpButton.setAutoDefault(False)
        self.followUpButton.setText(u"")

        self.historyLayout.addWidget(self.followUpButton)


        self.entryLayout.addWidget(self.historyBox)

        self.pages.addWidget(self.entryPage)
        self.savedPage = QWidget()
        self.savedPage.setObjectName(u"savedPage")
        self.savedLayout = QVBoxLayout(self.savedPage)
        self.savedLayout.setObjectName(u"savedLayout")
        self.savedTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.savedLayout.addItem(self.savedTopSpacer)

        self.savedTitle = QLabel(self.savedPage)
        self.savedTitle.setObjectName(u"savedTitle")
        self.savedTitle.setAlignment(Qt.AlignCenter)
        self.savedTitle.setWordWrap(True)
        self.savedTitle.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.savedTitle.setText(u"")

        self.savedLayout.addWidget(self.savedTitle)

        self.docketLabel = QLabel(self.savedPage)
        self.docketLabel.setObjectName(u"docketLabel")
        self.docketLabel.setAlignment(Qt.AlignCenter)
        self.docketLabel.setWordWrap(True)
        self.docketLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.docketLabel.setText(u"")

        self.savedLayout.addWidget(self.docketLabel)

        self.dueLabel = QLabel(self.savedPage)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setAlignment(Qt.AlignCenter)
        self.dueLabel.setWordWrap(True)
        self.dueLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.dueLabel.setText(u"")

        self.savedLayout.addWidget(self.dueLabel)

        self.savedDetail = QLabel(self.savedPage)
        self.savedDetail.setObjectName(u"savedDetail")
        self.savedDetail.setAlignment(Qt.AlignCenter)
        self.savedDetail.setWordWrap(True)
        self.savedDetail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.savedDetail.setText(u"")

        self.savedLayout.addWidget(self.savedDetail)

        self.savedBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.savedLayout.addItem(self.savedBottomSpacer)

        self.savedButtons = QHBoxLayout()
        self.savedButtons.setObjectName(u"savedButtons")
        self.savedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedButtons.addItem(self.savedSpacer)

        self.anotherButton = QPushButton(self.savedPage)
        self.anotherButton.setObjectName(u"anotherButton")
        self.anotherButton.setAutoDefault(False)

        self.savedButtons.addWidget(self.anotherButton)

        self.closeButton = QPushButton(self.savedPage)
        self.closeButton.setObjectName(u"closeButton")

        self.savedButtons.addWidget(self.closeButton)


        self.savedLayout.addLayout(self.savedButtons)

        self.pages.addWidget(self.savedPage)

        self.outerLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.callerNameLabel.setBuddy(self.callerNameEdit)
        self.consumerNoLabel.setBuddy(self.consumerNoEdit)
        self.localityLabel.setBuddy(self.localityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.landmarkLabel.setBuddy(self.landmarkEdit)
        self.feederLabel.setBuddy(self.feederCombo)
        self.dtLabel.setBuddy(self.dtCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.channelRefLabel.setBuddy(self.channelRefEdit)
        self.forwardedByLabel.setBuddy(self.forwardedByCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mobileEdit, self.callerNameEdit)
        QWidget.setTabOrder(self.callerNameEdit, self.consumerNoEdit)
        QWidget.setTabOrder(self.consumerNoEdit, self.localityEdit)
        QWidget.setTabOrder(self.localityEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.landmarkEdit)
        QWidget.setTabOrder(self.landmarkEdit, self.feederCombo)
        QWidget.setTabOrder(self.feederCombo, self.dtCombo)
        QWidget.setTabOrder(self.dtCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.channelRefEdit)
        QWidget.setTabOrder(self.channelRefEdit, self.forwardedByCombo)
        QWidget.setTabOrder(self.forwardedByCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.followUpButton)

        self.retranslateUi(ComplaintForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ComplaintForm)
    # setupUi

    def retranslateUi(self, ComplaintForm):
        self.mobileLabel.setText(QCoreApplication.translate("ComplaintForm", u"Caller &mobile", None))
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"98350 12345 or +91 98350 12345", None))
        self.callerNameLabel.setText(QCoreApplication.translate("ComplaintForm", u"Caller &name", None))
        self.consumerNoLabel.setText(QCoreApplication.translate("ComplaintForm", u"C&onsumer number", None))
        self.consumerNoEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"from the electricity bill (if known)", None))
        self.localityLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Village / mohalla", None))
        self.addressLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Address", None))
        self.landmarkLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Landmark", None))
        self.feederLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Feeder", None))
        self.dtLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Transformer (DT)", None))
        self.typeLabel.setText(QCoreApplication.translate("ComplaintForm", u"Complaint t&ype", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintForm", u"C&hannel", None))
        self.channelRefLabel.setText(QCoreApplication.translate("ComplaintForm", u"Handle / lin&k", None))
        self.channelRefEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"@handle or link to the post", None))
        self.forwardedByLabel.setText(QCoreApplication.translate("ComplaintForm", u"Forwarded &by", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Description", None))
        self.receivedLabel.setText(QCoreApplication.translate("ComplaintForm", u"&Received at", None))
        self.receivedEdit.setDisplayFormat(QCoreApplication.translate("ComplaintForm", u"dd-MM-yyyy HH:mm", None))
        self.cancelButton.setText(QCoreApplication.translate("ComplaintForm", u"Cancel (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("ComplaintForm", u"&Save (Enter)", None))
        self.historyBox.setTitle(QCoreApplication.translate("ComplaintForm", u"Earlier complaints from this number", None))
        self.historyLabel.setText(QCoreApplication.translate("ComplaintForm", u"Type the caller's mobile number to see their earlier complaints.", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("ComplaintForm", u"This caller's earlier complaints", None))
#endif // QT_CONFIG(accessibility)
        self.anotherButton.setText(QCoreApplication.translate("ComplaintForm", u"&New complaint (Ctrl+N)", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintForm", u"&Close (Enter)", None))
        pass
    # retranslateUi

