/// The overview, section, review, receipt and printable pages.
extension PortalTemplates {
    static let sectionNav = """
    <nav class="sections" id="sections" aria-label="{{t.sections}}">
    <ol class="plain">
    {{#sections}}<li><a href="/portal/sections/{{id}}"{{#current}} aria-current="page"{{/current}}>{{number}}. {{title}}</a> <span class="progress">{{answered}}/{{total}} {{t.progress}}</span>{{#notAsked}} <span class="hint">({{t.sectionNotAsked}})</span>{{/notAsked}}</li>{{/sections}}
    <li><a href="/portal/review"{{#onReview}} aria-current="page"{{/onReview}}>{{#open}}{{t.review}}{{/open}}{{^open}}{{t.reviewOnly}}{{/open}}</a></li>
    </ol>
    </nav>
    """

    static let dashboard = """
    {{<layout}}{{$body}}
    <h1>{{surveyTitle}}</h1>
    {{^open}}<p class="notice closed" role="status">{{t.closedBanner}}</p>{{/open}}
    <dl class="facts">
    <dt>{{t.status}}</dt><dd>{{statusText}}</dd>
    <dt>{{t.deadline}}</dt><dd>{{deadline}} ({{t.deadlineNote}})</dd>
    <dt>{{t.overallProgress}}</dt><dd>{{overallProgress}}</dd>
    <dt>{{t.revision}}</dt><dd>{{revision}}</dd>
    </dl>
    {{#hasDescription}}<p class="intro">{{description}}</p>{{/hasDescription}}
    {{> sectionNav}}
    <h2>{{t.offlineTitle}}</h2>
    <p>{{t.offlineIntro}}</p>
    <p><a href="/portal/response.xlsx" download>{{t.offlineDownload}}</a></p>
    {{#open}}<form method="post" action="/portal/response.xlsx" enctype="multipart/form-data" class="workbook-upload">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="workbook">{{t.offlineUpload}}</label>
    <input type="file" id="workbook" name="workbook" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
    <button type="submit">{{t.offlineUploadButton}}</button>
    </form>{{/open}}
    <p><a href="/portal/requests">{{t.requestsLink}}</a></p>
    <h2>{{t.receipts}}</h2>
    {{^hasReceipts}}<p>{{t.noReceipts}}</p>{{/hasReceipts}}
    {{#hasReceipts}}<table class="receipts"><thead><tr><th scope="col">{{t.submittedAt}}</th><th scope="col">{{t.submissionID}}</th><th scope="col">{{t.attestedBy}}</th></tr></thead><tbody>
    {{#receipts}}<tr><td>{{submittedAt}}</td><td><a href="/portal/receipts/{{submissionID}}">{{submissionID}}</a></td><td>{{attestedBy}}</td></tr>{{/receipts}}
    </tbody></table>{{/hasReceipts}}
    {{/body}}{{/layout}}
    """

    static let section = """
    {{<layout}}{{$body}}
    <details class="sections-menu"><summary>{{sectionMenuText}}</summary>{{> sectionNav}}</details>
    <h1><span class="num">{{sectionNumber}}.</span> {{sectionTitle}}</h1>
    {{^open}}<p class="notice closed" role="status">{{t.closedBanner}}</p>{{/open}}
    {{#saved}}<p class="notice" role="status">{{savedText}}</p>{{/saved}}
    <p class="autosave" role="status" aria-live="polite"></p>
    {{#conflict}}<div class="conflict" role="alert"><h2>{{t.conflictTitle}}</h2><p>{{t.conflictBody}}</p>
    <ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul><p>{{t.conflictAction}}</p><p><a href="/portal/sections/{{sectionID}}">{{t.reload}}</a></p></div>{{/conflict}}
    {{#hasErrors}}<div class="error-summary" role="alert" tabindex="-1"><h2>{{t.errorsTitle}}</h2><ul>{{#errorLinks}}<li><a href="#{{target}}">{{text}}</a></li>{{/errorLinks}}</ul>{{#hasMoreErrors}}<p>{{moreErrors}} {{t.moreProblems}}</p>{{/hasMoreErrors}}</div>{{/hasErrors}}
    {{#hasDescription}}<p class="intro">{{description}}</p>{{/hasDescription}}
    {{#notAsked}}<p class="notice">{{t.sectionNotAsked}}</p>{{/notAsked}}
    <form method="post" action="/portal/sections/{{sectionID}}" enctype="multipart/form-data" novalidate class="section-form" data-section="{{sectionID}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="base_revision" value="{{revision}}">
    <input type="hidden" name="page" value="{{rowPage}}">
    {{#items}}{{> item}}{{/items}}
    {{#open}}<div class="actions">
    <button type="submit" name="action" value="save" class="primary">{{t.save}}</button>
    {{#hasNext}}<button type="submit" name="action" value="next">{{t.saveNext}}</button>{{/hasNext}}
    {{^hasNext}}<button type="submit" name="action" value="review">{{t.saveReview}}</button>{{/hasNext}}
    </div>{{/open}}
    </form>
    {{/body}}{{/layout}}
    """

    static let answers = """
    {{#reviewSections}}
    <section class="review-section" aria-labelledby="rs-{{id}}">
    <h2 id="rs-{{id}}">{{number}}. {{title}}{{#editable}} <a class="edit" href="/portal/sections/{{id}}">{{t.edit}}<span class="sr"> {{title}}</span></a>{{/editable}}</h2>
    <dl class="answers">
    {{#entries}}
    <dt{{#missing}} class="missing"{{/missing}}>{{#hasNumber}}<span class="num">{{number}}</span> {{/hasNumber}}{{label}}</dt>
    <dd{{#missing}} class="missing"{{/missing}}>{{#unanswered}}<em>{{t.unanswered}}</em>{{/unanswered}}{{#lines}}<span class="line">{{.}}</span>{{/lines}}
    {{#rows}}<div class="entry"><p class="legend">{{legend}}</p><dl>{{#cells}}<dt>{{label}}</dt><dd>{{#unanswered}}<em>{{t.unanswered}}</em>{{/unanswered}}{{#lines}}<span class="line">{{.}}</span>{{/lines}}</dd>{{/cells}}</dl></div>{{/rows}}
    {{#problems}}<span class="error">{{.}}</span>{{/problems}}</dd>
    {{/entries}}
    </dl>
    </section>
    {{/reviewSections}}
    """

    static let review = """
    {{<layout}}{{$body}}
    {{> sectionNav}}
    <h1>{{#open}}{{t.review}}{{/open}}{{^open}}{{t.reviewOnly}}{{/open}}</h1>
    {{^open}}<p class="notice closed" role="status">{{t.closedBanner}}</p>{{/open}}
    {{#hasProblems}}<div class="error-summary" role="alert"><h2>{{t.problemsTitle}}</h2><ul>{{#problemLinks}}<li><a href="{{href}}">{{text}}</a></li>{{/problemLinks}}</ul>{{#hasMoreProblems}}<p>{{moreProblems}} {{t.moreProblems}}</p>{{/hasMoreProblems}}</div>{{/hasProblems}}
    {{#hasAssessedAttachments}}
    <section class="review-section" aria-labelledby="rs-attachments">
    <h2 id="rs-attachments">{{attachmentsTitle}}</h2>
    <p>{{attachmentsIntro}}</p>
    <dl class="answers">
    {{#assessedAttachments}}
    <dt>{{#hasNumber}}<span class="num">{{number}}</span> {{/hasNumber}}{{label}}</dt>
    <dd>{{#files}}<span class="line">{{.}}</span>{{/files}}{{^attached}}<em>{{notAttached}}</em>{{/attached}}<span class="line">{{effect}}</span></dd>
    {{/assessedAttachments}}
    </dl>
    </section>
    {{/hasAssessedAttachments}}
    {{> answers}}
    {{#canSubmit}}
    <section class="submit" aria-labelledby="submit-title">
    <h2 id="submit-title">{{t.submitTitle}}</h2>
    <p>{{t.readyToSubmit}} {{t.amendNote}}</p>
    {{#submitError}}<p class="error" role="alert" id="submit-error" tabindex="-1">{{submitError}}</p>{{/submitError}}
    <form method="post" action="/portal/review#submit-error" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="submission_id" value="{{submissionID}}">
    <input type="hidden" name="revision" value="{{revision}}">
    <div class="item"><label for="officer-name">{{t.officerName}}</label><input type="text" id="officer-name" name="officer_name" autocomplete="name" value="{{officerName}}"{{#nameMissing}} aria-invalid="true" aria-describedby="submit-error"{{/nameMissing}}></div>
    <div class="item"><label for="officer-title">{{t.officerTitle}}</label><input type="text" id="officer-title" name="officer_title" autocomplete="organization-title" value="{{officerTitle}}"{{#titleMissing}} aria-invalid="true" aria-describedby="submit-error"{{/titleMissing}}></div>
    <div class="item"><label class="option" for="confirm"><input type="checkbox" id="confirm" name="confirm" value="yes"{{#confirmMissing}} aria-invalid="true" aria-describedby="submit-error"{{/confirmMissing}}> {{t.confirm}}</label></div>
    <button type="submit" class="primary">{{t.submit}}</button>
    </form>
    </section>
    {{/canSubmit}}
    {{/body}}{{/layout}}
    """

    static let receipt = """
    {{<layout}}{{$body}}
    <h1>{{t.receiptTitle}}</h1>
    {{#justSubmitted}}<p class="notice" role="status">{{t.receiptIntro}}</p>{{/justSubmitted}}
    <dl class="facts receipt">
    <dt>{{t.institution}}</dt><dd>{{institutionName}}</dd>
    <dt>{{t.submissionID}}</dt><dd><code>{{receipt.submissionID}}</code></dd>
    <dt>{{t.submittedAt}}</dt><dd>{{receipt.submittedAt}}</dd>
    <dt>{{t.attestedBy}}</dt><dd>{{receipt.attestedBy}}</dd>
    <dt>{{t.revision}}</dt><dd>{{revisionText}}</dd>
    <dt>{{t.sha256}}</dt><dd><code class="hash">{{receipt.sha256}}</code> <span class="hint">({{t.sha256Note}})</span></dd>
    </dl>
    <ul class="links">
    <li><a href="/portal/receipts/{{receipt.submissionID}}/print">{{t.print}}</a></li>
    <li><a href="/portal/receipts/{{receipt.submissionID}}/content.json" download>{{t.json}}</a></li>
    <li><a href="/portal">{{t.back}}</a></li>
    </ul>
    {{#open}}<p>{{t.amendNote}}</p>{{/open}}
    {{/body}}{{/layout}}
    """

    static let print = """
    {{<layout}}{{$body}}
    <h1>{{surveyTitle}}</h1>
    <dl class="facts receipt">
    <dt>{{t.institution}}</dt><dd>{{institutionName}}</dd>
    <dt>{{t.submissionID}}</dt><dd><code>{{receipt.submissionID}}</code></dd>
    <dt>{{t.submittedAt}}</dt><dd>{{receipt.submittedAt}}</dd>
    <dt>{{t.attestedBy}}</dt><dd>{{receipt.attestedBy}}</dd>
    <dt>{{t.sha256}}</dt><dd><code class="hash">{{receipt.sha256}}</code></dd>
    </dl>
    {{> answers}}
    {{/body}}{{/layout}}
    """
}
