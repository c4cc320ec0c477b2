/// The improvement-request letter as Mustache templates, one per format and shared by both languages
/// (the wording comes from `LetterWording`). Kept in Swift so the executable needs no resource bundle at run time.
enum LetterTemplates {
    static let markdown = """
    {{% CONTENT_TYPE: MARKDOWN}}
    {{reference}}  
    {{date}}

    {{addressee}}

    {{sender}}  
    {{text.sealNote}}

    # {{text.subject}}

    {{text.opening}}

    {{text.finding}}

    {{text.request}}

    ## {{text.marker}}
    {{#hasCriticalGaps}}

    ### {{text.criticalHeading}}
    {{#criticalGaps}}

    **{{heading}}**

    - {{text.recommendationLabel}}: {{recommendation}}
    - {{text.basisLabel}}: {{basis}}
    {{#hasClosingEvidence}}
    - {{text.evidenceLabel}}: {{closingEvidence}}
    {{/hasClosingEvidence}}
    {{/criticalGaps}}
    {{/hasCriticalGaps}}
    {{#hasOtherGaps}}

    ### {{text.otherHeading}}
    {{#otherGaps}}

    **{{heading}}**

    - {{text.recommendationLabel}}: {{recommendation}}
    - {{text.basisLabel}}: {{basis}}
    {{#hasClosingEvidence}}
    - {{text.evidenceLabel}}: {{closingEvidence}}
    {{/hasClosingEvidence}}
    {{/otherGaps}}
    {{/hasOtherGaps}}

    ### {{text.replyHeading}}

    {{text.replyText}}
    {{#hasContact}}

    ### {{text.contactHeading}}

    {{contact}}
    {{/hasContact}}

    *{{text.explanation}}*

    {{text.closing}}

    """

    static let html = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{text.subject}} — {{institutionID}}</title>
    <style>
    @page { size: A4; margin: 25mm 22mm 22mm 25mm; }
    body { font-family: "Hiragino Mincho ProN", "Yu Mincho", YuMincho, "MS Mincho", "Noto Serif CJK JP", "Noto Serif JP", serif;
           font-size: 10.5pt; line-height: 1.75; color: #000; max-width: 170mm; margin: 2em auto; padding: 0 1em; }
    .head { text-align: right; }
    .addressee { margin-top: 2em; font-size: 11pt; }
    .sender { text-align: right; margin-top: 1em; }
    h1 { font-size: 12pt; text-align: center; margin: 2.5em 0 1.5em; }
    h2 { font-size: 10.5pt; text-align: center; margin: 2em 0 1em; }
    h3 { font-size: 10.5pt; margin: 1.6em 0 0.6em; border-bottom: 1px solid #000; }
    .gap { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; }
    .gap h4 { font-size: 10.5pt; margin: 0 0 0.3em; }
    .gap dl { margin: 0 0 0 1.5em; }
    .gap dt { font-weight: bold; }
    .gap dd { margin: 0 0 0.3em 1em; }
    .note { font-size: 9pt; margin-top: 2em; }
    .closing { text-align: right; margin-top: 2em; }
    @media print { body { margin: 0; max-width: none; } }
    </style>
    </head>
    <body>
    <div class="head"><div>{{reference}}</div><div>{{date}}</div></div>
    <p class="addressee">{{addressee}}</p>
    <p class="sender">{{sender}}<br>{{text.sealNote}}</p>
    <h1>{{text.subject}}</h1>
    <p>{{text.opening}}</p>
    <p>{{text.finding}}</p>
    <p>{{text.request}}</p>
    <h2>{{text.marker}}</h2>
    {{#hasCriticalGaps}}
    <h3>{{text.criticalHeading}}</h3>
    {{#criticalGaps}}
    <section class="gap"><h4>{{heading}}</h4>
    <dl><dt>{{text.recommendationLabel}}</dt><dd>{{recommendation}}</dd>
    <dt>{{text.basisLabel}}</dt><dd>{{basis}}</dd>
    {{#hasClosingEvidence}}<dt>{{text.evidenceLabel}}</dt><dd>{{closingEvidence}}</dd>{{/hasClosingEvidence}}</dl></section>
    {{/criticalGaps}}
    {{/hasCriticalGaps}}
    {{#hasOtherGaps}}
    <h3>{{text.otherHeading}}</h3>
    {{#otherGaps}}
    <section class="gap"><h4>{{heading}}</h4>
    <dl><dt>{{text.recommendationLabel}}</dt><dd>{{recommendation}}</dd>
    <dt>{{text.basisLabel}}</dt><dd>{{basis}}</dd>
    {{#hasClosingEvidence}}<dt>{{text.evidenceLabel}}</dt><dd>{{closingEvidence}}</dd>{{/hasClosingEvidence}}</dl></section>
    {{/otherGaps}}
    {{/hasOtherGaps}}
    <h3>{{text.replyHeading}}</h3>
    <p>{{text.replyText}}</p>
    {{#hasContact}}<h3>{{text.contactHeading}}</h3><p>{{contact}}</p>{{/hasContact}}
    <p class="note">{{text.explanation}}</p>
    <p class="closing">{{text.closing}}</p>
    </body>
    </html>

    """
}
