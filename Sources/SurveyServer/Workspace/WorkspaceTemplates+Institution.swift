/// One institution's page, and the audit log, exports, report preview and accounts pages.
extension WorkspaceTemplates {
    static let institution = """
    {{<layout}}{{$body}}
    <h1>{{name}} <span class="muted">{{id}}</span></h1>
    <dl class="facts">
    <dt>{{t.category}}</dt><dd>{{category}}</dd>
    <dt>{{t.status}}</dt><dd>{{status}}</dd>
    <dt>{{t.contact}}</dt><dd>{{contact}}</dd>
    {{#extendedUntil}}<dt>{{t.extendedUntil}}</dt><dd>{{extendedUntil}}</dd>{{/extendedUntil}}
    <dt>{{t.assignee}}</dt><dd>{{assignee}}{{^assignee}}{{t.unassigned}}{{/assignee}}{{#doneAt}} — {{t.done}} {{doneAt}}{{/doneAt}}</dd>
    </dl>
    <nav class="jump" aria-label="{{t.onThisPage}}"><a href="#score">{{t.scoreCard}}</a> {{#letterDue}}<a href="#letter">{{t.letter}}</a> {{/letterDue}}<a href="#evidence">{{t.evidence}}</a> <a href="#answers">{{t.answers}}</a> <a href="#history">{{t.history}}</a> <a href="/audit?institution={{id}}">{{t.auditFor}}</a></nav>
    <h2 id="score">{{t.scoreCard}}</h2>
    {{^card}}<p>{{t.noSubmission}}</p>{{/card}}
    {{#card}}
    <dl class="facts">
    <dt>{{t.laxity}}</dt><dd><strong>{{laxity}}</strong></dd>
    <dt>{{t.verdict}}</dt><dd class="verdict-{{verdictID}}">{{verdict}}</dd>
    <dt>{{t.confidence}}</dt><dd>{{confidence}}</dd>
    <dt>{{t.margin}}</dt><dd>{{margin}}</dd>
    {{#criticalUnmet}}<dt>{{t.criticalUnmet}}</dt><dd>{{criticalUnmet}}</dd>{{/criticalUnmet}}
    {{#confirmedBy}}<dt>{{t.confirmed}}</dt><dd>{{confirmedBy}}</dd>{{/confirmedBy}}
    </dl>
    {{#canAnalyse}}
    <div class="forms">
    <form method="post" action="/institutions/{{id}}/verify{{surveyQuery}}">
    <h3>{{t.verifyTitle}}</h3><p class="hint">{{t.verifyHint}}</p>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="verify-measure">{{t.measure}}</label><select id="verify-measure" name="measure" required>{{#measureOptions}}<option value="{{value}}">{{label}}</option>{{/measureOptions}}</select></p>
    <p><label for="verify-level">{{t.level}}</label><select id="verify-level" name="level">{{#levelOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/levelOptions}}</select></p>
    <p><label for="verify-note">{{t.note}}</label><textarea id="verify-note" name="note" required maxlength="2000"></textarea></p>
    <button type="submit" class="primary">{{t.verifyButton}}</button>
    </form>
    <form method="post" action="/institutions/{{id}}/override{{surveyQuery}}">
    <h3>{{t.overrideTitle}}</h3><p class="hint">{{t.overrideHint}}</p>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="override-measure">{{t.measure}}</label><select id="override-measure" name="measure" required>{{#measureOptions}}<option value="{{value}}">{{label}}</option>{{/measureOptions}}</select></p>
    <p><label for="override-status">{{t.measureStatus}}</label><select id="override-status" name="status"><option value="">{{t.asComputed}}</option>{{#statusOptions}}<option value="{{value}}">{{label}}</option>{{/statusOptions}}</select></p>
    <p><label for="override-evidence">{{t.evidenceLevel}}</label><select id="override-evidence" name="evidence"><option value="">{{t.asComputed}}</option>{{#levelOptions}}<option value="{{value}}">{{label}}</option>{{/levelOptions}}</select></p>
    <p><label for="override-reason">{{t.reason}}</label><textarea id="override-reason" name="reason" required maxlength="2000"></textarea></p>
    <button type="submit" class="primary">{{t.overrideButton}}</button>
    </form>
    {{#needsConfirmation}}<form method="post" action="/institutions/{{id}}/confirm{{surveyQuery}}">
    <h3>{{t.confirmTitle}}</h3><p class="hint">{{t.confirmHint}}</p>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="confirm-note">{{t.note}}</label><textarea id="confirm-note" name="note" required maxlength="2000"></textarea></p>
    <button type="submit">{{t.confirmButton}}</button>
    </form>{{/needsConfirmation}}
    </div>
    {{/canAnalyse}}
    <div class="table-wrap" tabindex="0"><table class="stack">
    <thead><tr><th scope="col">{{t.measure}}</th><th scope="col">{{t.measureStatus}}</th><th scope="col">{{t.evidenceLevel}}</th><th scope="col">{{t.explanation}}</th></tr></thead>
    <tbody>{{#measures}}<tr id="measure-{{id}}"><th scope="row">{{title}}{{#critical}} <span class="tag alert">{{t.critical}}</span>{{/critical}}<br><span class="muted">{{domain}}</span></th>
    <td>{{status}}</td><td>{{evidence}}</td><td><ul class="lines">{{#lines}}<li>{{.}}</li>{{/lines}}</ul></td></tr>{{/measures}}</tbody>
    </table></div>
    {{/card}}
    {{#canAnalyse}}<div class="forms">
    <form method="post" action="/institutions/{{id}}/extend{{surveyQuery}}">
    <h3>{{t.extendTitle}}</h3>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="extend-until">{{t.until}}</label><input type="date" id="extend-until" name="until" required></p>
    <p><label for="extend-reason">{{t.reason}}</label><textarea id="extend-reason" name="reason" required maxlength="2000"></textarea></p>
    <button type="submit">{{t.extendButton}}</button>
    </form>
    </div>{{/canAnalyse}}
    {{#letterDue}}<h2 id="letter">{{t.letter}}</h2>
    {{#issuedLetter}}<p>{{t.letterIssued}}: <strong>{{issuedLetter}}</strong></p>{{/issuedLetter}}
    <p><a href="/institutions/{{id}}/letter{{surveyQuery}}">{{#issuedLetter}}{{t.openLetter}}{{/issuedLetter}}{{^issuedLetter}}{{t.openDraft}}{{/issuedLetter}}</a></p>
    {{#isAdmin}}{{^issuedLetter}}<form method="post" action="/institutions/{{id}}/letter{{surveyQuery}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}">
    <button type="submit">{{t.issueLetter}}</button> <span class="hint">{{t.issueHint}}</span></form>{{/issuedLetter}}{{/isAdmin}}{{/letterDue}}
    <h2 id="evidence">{{t.evidence}}</h2>
    {{^files}}<p>{{t.none}}</p>{{/files}}
    {{#hasFiles}}<ul>{{#files}}<li><a href="/institutions/{{id}}/evidence/{{sha256}}" download>{{name}}</a> <span class="muted">{{question}} · {{size}}</span></li>{{/files}}</ul>{{/hasFiles}}
    <h2 id="answers">{{t.answers}}</h2>
    {{^sections}}<p>{{t.noSubmission}}</p>{{/sections}}
    {{#sections}}<h3>{{number}}. {{title}}</h3>
    <div class="table-wrap" tabindex="0"><table class="stack">
    <thead><tr><th scope="col">{{t.question}}</th><th scope="col">{{t.answer}}</th>{{#hasPrevious}}<th scope="col">{{t.lastYear}}</th>{{/hasPrevious}}</tr></thead>
    <tbody>{{#entries}}<tr><th scope="row">{{#hasNumber}}{{number}} {{/hasNumber}}{{label}}</th><td><ul class="lines">{{#lines}}<li>{{.}}</li>{{/lines}}{{#rows}}<li>{{legend}}: {{#cells}}{{label}} — {{#lines}}{{.}} {{/lines}}; {{/cells}}</li>{{/rows}}</ul></td>{{#hasPrevious}}<td class="previous"><ul class="lines">{{#previous}}<li>{{.}}</li>{{/previous}}</ul></td>{{/hasPrevious}}</tr>{{/entries}}</tbody>
    </table></div>{{/sections}}
    <h2 id="history">{{t.history}}</h2>
    {{^history}}<p>{{t.none}}</p>{{/history}}
    {{#hasHistory}}<div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.when}}</th><th scope="col">{{t.who}}</th><th scope="col">{{t.measure}}</th><th scope="col">{{t.what}}</th></tr></thead>
    <tbody>{{#history}}<tr><td>{{at}}</td><td>{{who}}</td><td>{{measure}}</td><td>{{what}}</td></tr>{{/history}}</tbody>
    </table></div>{{/hasHistory}}
    {{/body}}{{/layout}}
    """

    static let audit = """
    {{<layout}}{{$body}}
    <h1>{{t.audit}}</h1>
    <form method="get" action="/audit" class="filters" role="search">
    <p><label for="institution">{{t.id}}</label><input type="text" id="institution" name="institution" value="{{institution}}"></p>
    <p><label for="analyst">{{t.actor}}</label><input type="text" id="analyst" name="analyst" value="{{analyst}}"></p>
    <p><label for="from">{{t.from}}</label><input type="date" id="from" name="from" value="{{from}}"></p>
    <p><label for="to">{{t.through}}</label><input type="date" id="to" name="to" value="{{to}}"></p>
    <p><button type="submit" class="primary">{{t.apply}}</button> <a href="/audit">{{t.clear}}</a></p>
    </form>
    {{#filterError}}<p class="error-summary" role="alert">{{filterError}}</p>{{/filterError}}
    <p class="hint">{{t.newestFirst}}</p>
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.when}}</th><th scope="col">{{t.actor}}</th><th scope="col">{{t.action}}</th><th scope="col">{{t.record}}</th><th scope="col">{{t.change}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td><code>{{entity}} {{entityID}}</code></td><td><code>{{after}}</code></td></tr>{{/rows}}</tbody>
    </table></div>
    {{/body}}{{/layout}}
    """

    static let exports = """
    {{<layout}}{{$body}}
    <h1>{{t.exports}}</h1>
    <p>{{t.exportsIntro}}</p>
    <ul>{{#files}}<li><a href="/exports/{{file}}" download>{{label}}</a> <span class="muted">{{file}}</span></li>{{/files}}</ul>
    {{/body}}{{/layout}}
    """

    static let report = """
    {{<layout}}{{$body}}
    <h1>{{t.report}}</h1>
    <p>{{t.reportIntro}}</p>
    <ul>{{#editions}}<li><a href="/report/{{file}}" lang="{{lang}}">{{t.openPreview}} ({{label}})</a></li>{{/editions}}</ul>
    {{/body}}{{/layout}}
    """

    static let accounts = """
    {{<layout}}{{$body}}
    <h1>{{t.accounts}}</h1>
    <p>{{t.accountsIntro}}</p>
    {{#setupLink}}<div class="notice" role="status"><p>{{t.setupLink}}</p><p><code>{{setupLink}}</code></p></div>{{/setupLink}}
    {{#error}}<p class="error-summary" role="alert">{{error}}</p>{{/error}}
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.username}}</th><th scope="col">{{t.role}}</th><th scope="col">{{t.state}}</th><th scope="col"><span class="sr">{{t.action}}</span></th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{state}}</td>
    <td><form method="post" action="/accounts/{{name}}/reset" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.reset}}</button></form>
    {{^disabled}}<form method="post" action="/accounts/{{name}}/disable" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.disable}}</button></form>{{/disabled}}</td></tr>{{/rows}}</tbody>
    </table></div>
    <h2>{{t.addAccount}}</h2>
    <form method="post" action="/accounts" class="filters">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="new-name">{{t.username}}</label><input type="text" id="new-name" name="name" required pattern="[A-Za-z0-9._-]{1,64}" autocomplete="off"></p>
    <p><label for="new-role">{{t.role}}</label><select id="new-role" name="role">{{#roleOptions}}<option value="{{value}}">{{label}}</option>{{/roleOptions}}</select></p>
    <p><button type="submit" class="primary">{{t.addButton}}</button></p>
    </form>
    {{/body}}{{/layout}}
    """
}
