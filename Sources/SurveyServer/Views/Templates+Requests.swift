/// The institution's improvement requests on the portal (DESIGN §5.9): each with what to improve, why, by when, the
/// analysts' latest note, and a form to reply or contest.
extension PortalTemplates {
    static let requests = """
    {{<layout}}{{$body}}
    <h1>{{t.requestsTitle}}</h1>
    {{#replied}}<p class="notice" role="status">{{t.requestReplied}}</p>{{/replied}}
    {{#hasError}}<div class="error-summary" role="alert" tabindex="-1"><p>{{error}}</p></div>{{/hasError}}
    {{^hasRequests}}<p>{{t.noRequests}}</p>{{/hasRequests}}
    {{#requests}}
    <section class="request" id="request-{{id}}" aria-labelledby="request-title-{{id}}">
    <h2 id="request-title-{{id}}">{{t.requestNumber}} {{id}}: {{title}}{{#critical}} <span class="req">（{{t.criticalMark}}）</span>{{/critical}}</h2>
    <dl class="facts">
    <dt>{{t.requestLetter}}</dt><dd>{{letter}}</dd>
    <dt>{{t.requestStatus}}</dt><dd>{{statusText}}</dd>
    <dt>{{t.requestDue}}</dt><dd>{{due}}</dd>
    <dt>{{t.requestRecommendation}}</dt><dd>{{recommendation}}</dd>
    <dt>{{t.requestBasis}}</dt><dd>{{basis}}</dd>
    {{#hasNote}}<dt>{{t.requestNote}}</dt><dd>{{note}}</dd>{{/hasNote}}
    {{#hasReply}}<dt>{{t.requestYourReply}}</dt><dd>{{replyAction}}{{#hasContest}}<br>{{t.requestContest}}: {{replyContest}}{{/hasContest}}</dd>{{/hasReply}}
    </dl>
    {{#canReply}}<form method="post" action="/portal/requests/{{id}}/reply" class="request-reply">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="action-{{id}}">{{t.requestAction}}</label>
    <textarea id="action-{{id}}" name="action" rows="4" required></textarea>
    <label for="planned-{{id}}">{{t.requestPlannedBy}}</label>
    <input type="date" id="planned-{{id}}" name="planned_by">
    <label for="contest-{{id}}">{{t.requestContestLabel}}</label>
    <textarea id="contest-{{id}}" name="contest" rows="3" aria-describedby="contest-hint-{{id}}"></textarea>
    <p class="hint" id="contest-hint-{{id}}">{{t.requestContestHint}}</p>
    <div class="actions"><button type="submit" class="primary">{{t.requestSend}}</button></div>
    </form>{{/canReply}}
    </section>
    {{/requests}}
    <p><a href="/portal">{{t.back}}</a></p>
    {{/body}}{{/layout}}
    """
}
