"""Words for the action codes of the audit trail; an unknown code is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "audit_actions"

LABELS: dict[str, str] = {
    "center.set_up": QT_TRANSLATE_NOOP("audit_actions", "Center set up"),
    "center.update": QT_TRANSLATE_NOOP("audit_actions", "Center details changed"),
    "setting.change": QT_TRANSLATE_NOOP("audit_actions", "Setting changed"),
    "user.create": QT_TRANSLATE_NOOP("audit_actions", "Account created"),
    "user.update": QT_TRANSLATE_NOOP("audit_actions", "Account changed"),
    "user.set_password": QT_TRANSLATE_NOOP("audit_actions", "Password changed"),
    "user.sign_in": QT_TRANSLATE_NOOP("audit_actions", "Signed in"),
    "user.sign_in_failed": QT_TRANSLATE_NOOP("audit_actions", "Sign-in failed"),
    "visit.check_in": QT_TRANSLATE_NOOP("audit_actions", "Checked in"),
    "visit.check_out": QT_TRANSLATE_NOOP("audit_actions", "Checked out"),
    "visit.auto_check_out": QT_TRANSLATE_NOOP("audit_actions", "Checked out at closing time"),
    "visitor.reveal_phone": QT_TRANSLATE_NOOP("audit_actions", "Phone number shown in full"),
    "scan.refused": QT_TRANSLATE_NOOP("audit_actions", "Scan refused"),
    "pass.issue": QT_TRANSLATE_NOOP("audit_actions", "Pass issued"),
    "pass.revoke": QT_TRANSLATE_NOOP("audit_actions", "Pass withdrawn"),
    "pass.rotate_key": QT_TRANSLATE_NOOP("audit_actions", "Pass signing key renewed"),
    "pass.trust_key": QT_TRANSLATE_NOOP("audit_actions", "Pass key trusted"),
    "pass.import_revocations": QT_TRANSLATE_NOOP("audit_actions", "Withdrawn passes imported"),
    "privacy.erase_person": QT_TRANSLATE_NOOP("audit_actions", "Personal data erased"),
    "privacy.export_person": QT_TRANSLATE_NOOP("audit_actions", "Personal data exported"),
    "privacy.purge": QT_TRANSLATE_NOOP("audit_actions", "Old personal data deleted"),
    "demo.create": QT_TRANSLATE_NOOP("audit_actions", "Demo data created"),
}


def action_label(code: str) -> str:
    source = LABELS.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


ENTITY_LABELS: dict[str, str] = {
    "center": QT_TRANSLATE_NOOP("audit_entities", "Center"),
    "setting": QT_TRANSLATE_NOOP("audit_entities", "Setting"),
    "user": QT_TRANSLATE_NOOP("audit_entities", "Account"),
    "visit": QT_TRANSLATE_NOOP("audit_entities", "Visit"),
    "visitor": QT_TRANSLATE_NOOP("audit_entities", "Visitor"),
    "pass": QT_TRANSLATE_NOOP("audit_entities", "Pass"),
    "revoked_pass": QT_TRANSLATE_NOOP("audit_entities", "Withdrawn pass"),
    "signing_key": QT_TRANSLATE_NOOP("audit_entities", "Signing key"),
}


def entity_label(code: str) -> str:
    source = ENTITY_LABELS.get(code)
    return QCoreApplication.translate("audit_entities", source) if source else code
