/// One item, recursively for groups and repeats: labels tied to inputs, fieldsets and legends for choices and
/// entries, hints, conditions and errors linked with `aria-describedby`.
extension PortalTemplates {
    static let item = """
    <div class="item{{#hasErrors}} has-error{{/hasErrors}}{{#isGroup}} group{{/isGroup}}{{#isRepeat}} repeat{{/isRepeat}}" id="item-{{domID}}" data-item="{{id}}"{{#hidden}} hidden{{/hidden}}>
    {{#isNote}}<p class="note">{{label}}</p>{{/isNote}}
    {{#isCalculate}}<p class="calculated"><span class="label">{{label}}</span> <output id="{{domID}}">{{value}}</output> <span class="hint">({{t.calculated}})</span></p>{{/isCalculate}}
    {{#isChoice}}
    <fieldset{{#hasDescribedBy}} aria-describedby="{{describedBy}}"{{/hasDescribedBy}}>
    <legend>{{> label}}</legend>
    {{> help}}
    {{#options}}
    <label class="option" for="{{optionID}}"><input type="{{inputType}}" id="{{optionID}}" name="{{name}}" value="{{value}}"{{#checked}} checked{{/checked}}{{#readOnly}} disabled{{/readOnly}}{{#hasErrors}} aria-invalid="true"{{/hasErrors}}> {{label}}</label>
    {{/options}}
    </fieldset>
    {{/isChoice}}
    {{#isField}}
    <label for="{{domID}}">{{> label}}</label>
    {{> help}}
    <input type="{{inputType}}" id="{{domID}}" name="{{name}}" value="{{value}}"{{#hasInputMode}} inputmode="{{inputMode}}"{{/hasInputMode}}{{#hasDescribedBy}} aria-describedby="{{describedBy}}"{{/hasDescribedBy}}{{#hasErrors}} aria-invalid="true"{{/hasErrors}}{{#readOnly}} readonly{{/readOnly}}>
    {{/isField}}
    {{#isLongText}}
    <label for="{{domID}}">{{> label}}</label>
    {{> help}}
    <textarea id="{{domID}}" name="{{name}}" rows="6"{{#hasDescribedBy}} aria-describedby="{{describedBy}}"{{/hasDescribedBy}}{{#hasErrors}} aria-invalid="true"{{/hasErrors}}{{#readOnly}} readonly{{/readOnly}}>{{value}}</textarea>
    {{/isLongText}}
    {{#isEvidence}}
    <fieldset{{#hasDescribedBy}} aria-describedby="{{describedBy}}"{{/hasDescribedBy}}>
    <legend>{{> label}}</legend>
    {{> help}}
    <p class="hint" id="{{acceptID}}">{{t.accepted}}: {{acceptText}}{{limitSentence}}</p>
    {{#hasFiles}}<ul class="files" aria-label="{{t.files}}">{{/hasFiles}}
    {{#files}}<li><a href="/portal/files/{{sha256}}" download>{{name}}</a> <span class="size">{{sizeText}}</span>{{^readOnly}} <button type="submit" name="action" value="{{detachAction}}" class="link">{{t.removeFile}}<span class="sr"> {{name}}</span></button>{{/readOnly}}</li>{{/files}}
    {{#hasFiles}}</ul>{{/hasFiles}}
    {{^hasFiles}}<p class="empty">{{t.noFiles}}</p>{{/hasFiles}}
    {{^readOnly}}<label for="{{domID}}" class="file">{{t.chooseFile}}</label>
    <input type="file" id="{{domID}}" name="file:{{id}}" accept="{{accept}}" data-max-bytes="{{maxFileBytes}}" data-limit="{{limitText}}" aria-describedby="{{acceptID}}{{#hasDescribedBy}} {{describedBy}}{{/hasDescribedBy}}"{{#hasErrors}} aria-invalid="true"{{/hasErrors}}>{{/readOnly}}
    </fieldset>
    {{/isEvidence}}
    {{#isGroup}}
    <section class="group-box" aria-labelledby="{{domID}}-title">
    <h2 id="{{domID}}-title">{{label}}</h2>
    {{#hasCondition}}<p class="condition" id="{{conditionID}}">{{condition}}</p>{{/hasCondition}}
    {{#hasPrevious}}<p class="previous"><span class="previous-label">{{t.previousAnswer}}:</span> {{previousText}}</p>{{/hasPrevious}}
    {{#children}}{{> item}}{{/children}}
    </section>
    {{/isGroup}}
    {{#isRepeat}}
    <h2 id="{{domID}}-title">{{> label}}</h2>
    {{> help}}
    <input type="hidden" name="{{rowsName}}" value="{{rowCount}}">
    <input type="hidden" name="{{rowsFromName}}" value="{{rowsFrom}}">
    <input type="hidden" name="{{rowsShownName}}" value="{{rowsShown}}">
    {{#hasPager}}<p class="pager" role="status">{{pagerText}}</p>{{/hasPager}}
    {{^hasRows}}<p class="empty">{{t.noRows}}</p>{{/hasRows}}
    {{#rows}}
    <fieldset class="row">
    <legend>{{legend}}</legend>
    {{#cells}}{{> item}}{{/cells}}
    {{^readOnly}}<button type="submit" name="action" value="{{removeAction}}" class="secondary">{{t.removeRow}}<span class="sr"> ({{legend}})</span></button>{{/readOnly}}
    </fieldset>
    {{/rows}}
    {{#hasPager}}<nav class="pager" aria-label="{{pagerText}}">
    {{#hasPreviousRows}}{{#readOnly}}<a href="?page={{previousRowsPage}}#item-{{domID}}">{{t.previousRows}}</a>{{/readOnly}}{{^readOnly}}<button type="submit" name="action" value="page:{{previousRowsPage}}" class="secondary">{{t.previousRows}}</button>{{/readOnly}}{{/hasPreviousRows}}
    {{#hasNextRows}}{{#readOnly}}<a href="?page={{nextRowsPage}}#item-{{domID}}">{{t.nextRows}}</a>{{/readOnly}}{{^readOnly}}<button type="submit" name="action" value="page:{{nextRowsPage}}" class="secondary">{{t.nextRows}}</button>{{/readOnly}}{{/hasNextRows}}
    </nav>{{/hasPager}}
    {{#canAdd}}<button type="submit" name="action" value="{{addAction}}" class="secondary">{{t.addRow}}</button>{{/canAdd}}
    {{/isRepeat}}
    </div>
    """

    static let label = """
    {{#hasNumber}}<span class="num">{{number}}</span> {{/hasNumber}}{{label}}{{#required}} <span class="req">{{t.required}}</span>{{/required}}
    """

    static let help = """
    {{#hasHint}}<p class="hint" id="{{hintID}}">{{hint}}</p>{{/hasHint}}
    {{#hasCondition}}<p class="condition" id="{{conditionID}}">{{condition}}</p>{{/hasCondition}}
    {{#hasPrevious}}<p class="previous"><span class="previous-label">{{t.previousAnswer}}:</span> {{previousText}}</p>{{/hasPrevious}}
    {{#hidden}}<p class="not-asked-note">{{t.notAsked}}</p>{{/hidden}}
    {{#isPrefilled}}<p class="prefilled">{{t.prefilled}}</p>{{/isPrefilled}}
    {{#hasErrors}}<div class="error" id="{{errorID}}">{{#errors}}<p>{{.}}</p>{{/errors}}</div>{{/hasErrors}}
    """
}
