// Beside each moment the page gives in UTC, the reader's own time, in the
// page's language: readers in a crisis should not have to convert.
(function () {
  var meta = document.querySelector('meta[name="pocdir-your-time"]');
  if (!meta) return;
  var lang = document.documentElement.lang;
  var clock = new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  document.querySelectorAll('time.moment[datetime]').forEach(function (el) {
    var at = new Date(el.getAttribute('datetime'));
    if (isNaN(at) || at.getTimezoneOffset() === 0) return;
    var mine = document.createElement('span');
    mine.className = 'your-time';
    mine.textContent = meta.content.replace('{time}', clock.format(at));
    el.after(' ', mine);
  });
})();
