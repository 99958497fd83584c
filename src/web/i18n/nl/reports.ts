export const reports = {
  board: {
    title: 'Plan van aanpak voor het bestuur',
    intro: 'Leg het plan van aanpak voor aan het bestuur voordat je met stap 5 begint. Zo krijg je steun, tijd en geld voor de interventies.',
    grows: 'Het plan groeit mee met het traject. Download het later opnieuw voor de nieuwste versie.',
  },
  title: 'Plan van aanpak en eindrapport',
  intro:
    'Wegwijs stelt beide documenten samen uit wat het kernteam in de deelstappen heeft vastgelegd. Download ze als Word-bestand (DOCX) om ze verder te bewerken, of als PDF om ze te delen met het bestuur en de belanghebbenden.',
  documents: {
    plan: {
      name: 'Plan van aanpak',
      contents:
        'Wat het traject wil veranderen en hoe: het probleem, het doelgedrag, het kernteam en wie wat doet per stap, de analyse, de gekozen interventies, het actieplan, het communicatieplan, de planning, het werkblad effectmeting en de KPI’s met hun 0-meting en streefwaarde.',
    },
    report: {
      name: 'Eindrapport',
      contents:
        'Het verslag aan het bestuur en de belanghebbenden: een samenvatting, het probleem, het doelgedrag, de analyse, de interventies, wat er is gedaan, de resultaten (de effectmeting van het gedrag, de KPI’s en de gedragsfactoren voor en na), de verankering, de geleerde lessen en het volgende probleem.',
    },
  },
  incomplete: 'Een onderdeel waarvan nog niets is vastgelegd, staat er ook in, met de deelstap waar je het invult.',
  lessons: 'Schrijf de geleerde lessen en het voorstel voor het volgende probleem in de notities van deze deelstap: het eindrapport neemt ze over.',
  language: 'Taal van de documenten',
  languages: { nl: 'Nederlands', en: 'English' },
  download: '{{document}} downloaden als {{format}}',
};
