// The result page's receipt check: the form works without this script (paste the receipt); this
// only lets a voter choose the downloaded receipt file instead, reading it here into the form. It
// does not send the form by itself: choosing a file should not move the voter to another page.
const field = document.getElementById('receipt-file-field');
const file = document.getElementById('receipt-file');
const text = document.getElementById('receipt');

if (field && file && text) {
  field.hidden = false;
  file.addEventListener('change', async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    // A receipt is one short line; a big file is not one, and the server would refuse it anyway.
    text.value = (await chosen.slice(0, 4096).text()).trim();
  });
}
