import Mustache

/// Templates read views through `child(named:)` instead of reflection: rendering a section with a long repeat
/// spent four fifths of its time in `Mirror` (measured with perf on `make bench`).
extension ItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "domID": self.domID
        case "name": self.name
        case "number": self.number
        case "label": self.label
        case "hint": self.hint
        case "condition": self.condition
        case "required": self.required
        case "hidden": self.hidden
        case "readOnly": self.readOnly
        case "errors": self.errors
        case "describedBy": self.describedBy
        case "value": self.value
        case "options": self.options
        case "inputType": self.inputType
        case "inputMode": self.inputMode
        case "files": self.files
        case "accept": self.accept
        case "acceptText": self.acceptText
        case "limitText": self.limitText
        case "limitSentence": self.limitSentence
        case "maxFileBytes": self.maxFileBytes
        case "acceptID": self.acceptID
        case "children": self.children
        case "rows": self.rows
        case "rowsName": self.rowsName
        case "rowCount": self.rowCount
        case "rowsFromName": self.rowsFromName
        case "rowsFrom": self.rowsFrom
        case "rowsShownName": self.rowsShownName
        case "rowsShown": self.rowsShown
        case "hasPager": self.hasPager
        case "pagerText": self.pagerText
        case "hasPreviousRows": self.hasPreviousRows
        case "hasNextRows": self.hasNextRows
        case "previousRowsPage": self.previousRowsPage
        case "nextRowsPage": self.nextRowsPage
        case "addAction": self.addAction
        case "canAdd": self.canAdd
        case "isNote": self.isNote
        case "isCalculate": self.isCalculate
        case "isChoice": self.isChoice
        case "isField": self.isField
        case "isLongText": self.isLongText
        case "isEvidence": self.isEvidence
        case "isGroup": self.isGroup
        case "isRepeat": self.isRepeat
        case "hasHint": self.hasHint
        case "hasCondition": self.hasCondition
        case "hasInputMode": self.hasInputMode
        case "hasNumber": self.hasNumber
        case "hasDescribedBy": self.hasDescribedBy
        case "hasFiles": self.hasFiles
        case "hasRows": self.hasRows
        case "hasPrevious": self.hasPrevious
        case "isPrefilled": self.isPrefilled
        case "previousText": self.previousText
        case "hasErrors": self.hasErrors
        case "hintID": self.hintID
        case "conditionID": self.conditionID
        case "errorID": self.errorID
        default: nil
        }
    }
}

extension ItemView.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": self.value
        case "label": self.label
        case "optionID": self.optionID
        case "checked": self.checked
        default: nil
        }
    }
}

extension ItemView.File: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "sha256": self.sha256
        case "sizeText": self.sizeText
        case "detachAction": self.detachAction
        default: nil
        }
    }
}

extension ItemView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "legend": self.legend
        case "cells": self.cells
        case "removeAction": self.removeAction
        default: nil
        }
    }
}
