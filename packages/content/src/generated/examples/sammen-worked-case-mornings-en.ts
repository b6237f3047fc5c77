// Generated from packages/content/examples/perspective-session.en.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'perspective-session'> = {
  "schema": "sammen.perspective-session/v1",
  "id": "sammen-worked-case-mornings-en",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "readOnly": true,
  "title": "A. (4) has gone quiet in the mornings",
  "description": "Since the autumn break, A. cries at drop-off and sits alone for a while. Her father now mostly drops her off alone and is in a hurry. We have not talked to the parents about it yet.",
  "perspectives": {
    "child": {
      "answers": {
        "experiences": "Mornings are rushed. Dad leaves before A. is ready, and the cloakroom is full of children.",
        "thoughts": "Perhaps: “Will Dad come back?” and “Who will I play with?”",
        "feelings": "Unsafe and alone. Perhaps tired as well.",
        "needs": "One adult who welcomes her every morning, and a small, fixed task at the start of the day.",
        "observations": "She looks for one particular adult and calms down when she is allowed to help set the table."
      }
    },
    "parents": {
      "answers": {
        "experiences": "Dad has a new job that starts early. Mum is on parental leave with a baby brother.",
        "thoughts": "Perhaps: “It will pass” or “Are we doing something wrong?”",
        "feelings": "Guilt, and stress in the mornings.",
        "needs": "To hear how the rest of the day goes, and an arrangement that fits with work.",
        "observations": "Dad says goodbye quickly and avoids eye contact with staff."
      }
    },
    "professionals": {
      "answers": {
        "experiences": "Mornings are busy for us too; we are often only two in the room.",
        "thoughts": "We are worried, but unsure whether to raise it now.",
        "feelings": "We can get irritated when drop-off drags on – we want to be honest about that.",
        "needs": "A shared plan for the mornings and a calm moment to talk with the parents.",
        "observations": "When one adult welcomes A. at the door, she is happy again within ten minutes."
      }
    }
  },
  "sharedUnderstanding": "A. needs a predictable start to the day while things are changing at home. The parents and we want the same thing: for her mornings to go well.",
  "nextSteps": [
    {
      "id": "step-1",
      "text": "Invite the parents to a short talk",
      "who": "Key worker",
      "due": "2026-12-04",
      "done": true
    },
    {
      "id": "step-2",
      "text": "Agree on one adult who welcomes A. every morning",
      "who": "Staff in the room",
      "due": "2026-12-07",
      "done": false
    },
    {
      "id": "step-3",
      "text": "Follow up with the parents after three weeks",
      "who": "Key worker and parents",
      "due": "2027-01-08",
      "done": false
    }
  ]
};

export default example;
