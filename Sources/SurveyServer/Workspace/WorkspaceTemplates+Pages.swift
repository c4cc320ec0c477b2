/// The season's pages: dashboard, institution list, review queue, improvement requests.
extension WorkspaceTemplates {
    static let dashboard = """
    {{<layout}}{{$body}}
    <h1>{{t.dashboard}}: {{surveyTitle}}</h1>
    <div class="cards">
    <div class="card"><h2 >{{t.deadline}}</h2><p class="figure">{{deadline}}</p>
    {{#daysLeft}}<p>{{daysLeft}} {{t.daysLeft}}</p>{{/daysLeft}}{{#passed}}<p class="error">{{t.deadlinePassed}}</p>{{/passed}}</div>
    <div class="card"><h2 >{{t.responseRate}}</h2><p class="figure">{{rate}}</p><p>{{submitted}} / {{rosterCount}} {{t.results}}</p></div>
    <div class="card"><h2 >{{t.backlog}}</h2>
    <p><a href="/queue">{{t.queueOpen}}</a>: <strong>{{queueOpen}}</strong></p>
    <p><a href="/requests">{{t.repliesWaiting}}</a>: <strong>{{repliesWaiting}}</strong></p></div>
    </div>
    <h2>{{t.progressByCategory}}</h2>
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.category}}</th><th scope="col" class="num">{{t.roster}}</th><th scope="col" class="num">{{t.notInvited}}</th><th scope="col" class="num">{{t.invitedOnly}}</th><th scope="col" class="num">{{t.started}}</th><th scope="col" class="num">{{t.submitted}}</th><th scope="col" class="num">{{t.responseRate}}</th></tr></thead>
    <tbody>{{#categories}}<tr><th scope="row"><a href="/institutions?category={{id}}">{{label}}</a></th><td class="num">{{roster}}</td><td class="num">{{notInvited}}</td><td class="num">{{invited}}</td><td class="num">{{started}}</td><td class="num">{{submitted}}</td><td class="num">{{rate}}</td></tr>{{/categories}}
    {{#totals}}<tr class="total"><th scope="row">{{t.total}}</th><td class="num">{{roster}}</td><td class="num">{{notInvited}}</td><td class="num">{{invited}}</td><td class="num">{{started}}</td><td class="num">{{submitted}}</td><td class="num">{{rate}}</td></tr>{{/totals}}</tbody>
    </table></div>
    <h2>{{t.verdicts}}</h2>
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.verdict}}</th><th scope="col" class="num">{{t.results}}</th></tr></thead>
    <tbody>{{#verdicts}}<tr><th scope="row"><a href="/institutions?verdict={{id}}">{{label}}</a></th><td class="num">{{count}}</td></tr>{{/verdicts}}
    <tr><th scope="row"><a href="/institutions?margin=1">{{t.marginOne}}</a></th><td class="num">{{marginOne}}</td></tr></tbody>
    </table></div>
    <h2>{{t.nonResponders}} ({{nonResponderCount}})</h2>
    {{#hasNonResponders}}<ul>{{#nonResponders}}<li><a href="/institutions/{{id}}">{{name}}</a> — {{state}}{{#lastSave}} ({{lastSave}}){{/lastSave}}</li>{{/nonResponders}}</ul>
    {{#more}}<p><a href="/institutions?status=not_submitted">{{t.showAll}}</a></p>{{/more}}{{/hasNonResponders}}
    {{^nonResponders}}<p>{{t.none}}</p>{{/nonResponders}}
    {{/body}}{{/layout}}
    """

    static let institutions = """
    {{<layout}}{{$body}}
    <h1>{{t.institutions}}</h1>
    <form method="get" action="/institutions" class="filters" role="search">
    <p><label for="q">{{t.search}}</label><input type="text" id="q" name="q" value="{{q}}"></p>
    <p><label for="category">{{t.category}}</label><select id="category" name="category">{{#categoryOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categoryOptions}}</select></p>
    <p><label for="status">{{t.status}}</label><select id="status" name="status">{{#statusOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statusOptions}}</select></p>
    <p><label for="verdict">{{t.verdict}}</label><select id="verdict" name="verdict">{{#verdictOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/verdictOptions}}</select></p>
    <p><label for="margin">{{t.margin}}</label><select id="margin" name="margin">{{#marginOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/marginOptions}}</select></p>
    <p><label for="review">{{t.reviewState}}</label><select id="review" name="review">{{#reviewOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reviewOptions}}</select></p>
    <p><label for="sort">{{t.sort}}</label><select id="sort" name="sort">{{#sortOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sortOptions}}</select></p>
    <p><button type="submit" class="primary">{{t.apply}}</button> <a href="/institutions">{{t.clear}}</a></p>
    </form>
    <p role="status">{{count}} {{t.results}}</p>
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.id}}</th><th scope="col">{{t.name}}</th><th scope="col" class="hide-narrow">{{t.category}}</th><th scope="col">{{t.status}}</th><th scope="col" class="num">{{t.laxity}}</th><th scope="col">{{t.verdict}}</th><th scope="col" class="num">{{t.margin}}</th><th scope="col" class="hide-narrow">{{t.reviewState}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{id}}</td><td><a href="/institutions/{{id}}">{{name}}</a></td><td class="hide-narrow">{{category}}</td><td>{{status}}</td><td class="num">{{laxity}}</td><td class="verdict-{{verdictID}}">{{verdict}}</td><td class="num">{{margin}}</td><td class="hide-narrow">{{review}}</td></tr>{{/rows}}</tbody>
    </table></div>
    {{/body}}{{/layout}}
    """

    static let queue = """
    {{<layout}}{{$body}}
    <h1>{{t.queue}}</h1>
    <p>{{t.queueIntro}}</p>
    <form method="get" action="/queue" class="filters">
    <p><label><input type="checkbox" name="mine" value="1"{{#mine}} checked{{/mine}}> {{t.mine}}</label></p>
    <p><label><input type="checkbox" name="done" value="1"{{#showDone}} checked{{/showDone}}> {{t.showDone}}</label></p>
    <p><button type="submit">{{t.apply}}</button></p>
    </form>
    <p role="status">{{count}} {{t.results}}</p>
    <div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.name}}</th><th scope="col">{{t.reasons}}</th><th scope="col">{{t.verdict}}</th><th scope="col">{{t.assignee}}</th><th scope="col">{{t.done}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td><a href="/institutions/{{id}}">{{name}}</a> <span class="muted">{{id}}</span></td>
    <td>{{#reasons}}<span class="tag{{#alert}} alert{{/alert}}">{{text}}</span>{{/reasons}}</td>
    <td class="verdict-{{verdictID}}">{{verdict}}</td>
    <td>{{assignee}}{{^assignee}}{{t.unassigned}}{{/assignee}}
    {{#canAnalyse}}<form method="post" action="/queue/{{id}}/assign{{surveyQuery}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}">
    <label class="sr" for="assign-{{id}}">{{t.assignee}}</label><select id="assign-{{id}}" name="assignee">{{#analysts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/analysts}}</select>
    <button type="submit">{{t.assignButton}}</button></form>{{/canAnalyse}}</td>
    <td>{{doneAt}}{{#canAnalyse}}<form method="post" action="/queue/{{id}}/{{#isDone}}reopen{{/isDone}}{{^isDone}}done{{/isDone}}{{surveyQuery}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{#isDone}}{{t.reopen}}{{/isDone}}{{^isDone}}{{t.markDone}}{{/isDone}}</button></form>{{/canAnalyse}}</td></tr>{{/rows}}</tbody>
    </table></div>
    {{/body}}{{/layout}}
    """

    static let requests = """
    {{<layout}}{{$body}}
    <h1>{{t.requests}}</h1>
    <p>{{t.requestsIntro}}</p>
    {{^rows}}<p>{{t.none}}</p>{{/rows}}
    {{#hasRows}}<div class="table-wrap" tabindex="0"><table>
    <thead><tr><th scope="col">{{t.requestNo}}</th><th scope="col">{{t.name}}</th><th scope="col">{{t.measure}}</th><th scope="col">{{t.due}}</th><th scope="col">{{t.status}}</th><th scope="col">{{t.plannedAction}}</th><th scope="col">{{t.decision}}</th></tr></thead>
    <tbody>{{#rows}}<tr><td>{{id}}<br><span class="muted">{{letter}}</span></td><td><a href="/institutions/{{institutionID}}">{{institution}}</a></td><td>{{measure}}{{#critical}} <span class="tag alert">{{t.critical}}</span>{{/critical}}</td><td>{{due}}</td><td>{{status}}</td>
    <td>{{#action}}<p>{{action}}</p>{{/action}}{{#plannedBy}}<p class="muted">{{t.plannedBy}}: {{plannedBy}}</p>{{/plannedBy}}{{#contest}}<p><strong>{{t.contest}}:</strong> {{contest}}</p>{{/contest}}{{#note}}<p class="muted">{{note}}</p>{{/note}}</td>
    <td>{{#reviewable}}{{#canAnalyse}}<form method="post" action="/requests/{{id}}/review{{surveyQuery}}"><input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset><legend class="sr">{{t.decision}}</legend><label class="option"><input type="radio" name="decision" value="accept" required> {{t.accept}}</label><label class="option"><input type="radio" name="decision" value="return"> {{t.returnIt}}</label></fieldset>
    <label for="note-{{id}}">{{t.note}}</label><textarea id="note-{{id}}" name="note" required></textarea>
    <button type="submit">{{t.decideButton}}</button></form>{{/canAnalyse}}{{/reviewable}}</td></tr>{{/rows}}</tbody>
    </table></div>{{/hasRows}}
    {{/body}}{{/layout}}
    """
}
