// Passkeys (WebAuthn): a button marked data-passkey asks the server for a
// challenge of its purpose, lets the browser and authenticator answer it,
// puts the answer in the form's [data-passkey-answer] field (else its code
// field) and sends the form. Without WebAuthn the buttons stay hidden and codes still work.
(function () {
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseRequestOptionsFromJSON) return;
  document.querySelectorAll('[data-passkey]').forEach(function (button) {
    var form = button.form;
    var failed = form.querySelector('[data-passkey-failed]');
    button.hidden = false;
    button.addEventListener('click', function () {
      // A name is asked for before the authenticator, not after.
      if (!form.reportValidity()) return;
      if (failed) failed.hidden = true;
      var purpose = button.getAttribute('data-passkey');
      var body = new URLSearchParams();
      body.set('csrf', form.querySelector('input[name="csrf"]').value);
      body.set('purpose', purpose);
      button.disabled = true;
      fetch('/passkeys/options', { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (options) {
          return purpose === 'enrol'
            ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options.publicKey) })
            : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options.publicKey) });
        })
        .then(function (credential) {
          var answer = form.querySelector('[data-passkey-answer]') || form.elements.code;
          answer.value = JSON.stringify(credential.toJSON());
          form.submit();
        })
        .catch(function () {
          button.disabled = false;
          if (failed) { failed.hidden = false; failed.focus(); }
        });
    });
  });
})();
